% PyTorch documentation, torch.optim.Adagrad algorithm box, lines as printed (no weight decay); gamma the lr,
% eta the lr decay, t the step
\theta_{t-1}, g_t, \textit{state\_sum}_{t-1} \in \mathbb{R}^{d}, \gamma, \eta, \epsilon, t \in \mathbb{R}

\tilde{\gamma} \leftarrow \gamma / (1 +(t-1) \eta)
\textit{state\_sum}_t \leftarrow \textit{state\_sum}_{t-1} + g^2_t
\theta_t \leftarrow \theta_{t-1}- \tilde{\gamma} \frac{g_t}{\sqrt{\textit{state\_sum}_t}+\epsilon}
