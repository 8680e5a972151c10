% PyTorch documentation, torch.optim.Adamax algorithm box, lines as printed (no weight decay); gamma the lr,
% u the exponentially weighted infinity norm, t the step
\theta_{t-1}, g_t, m_{t-1}, u_{t-1} \in \mathbb{R}^{d}, \gamma, \beta_1, \beta_2, \epsilon, t \in \mathbb{R}

m_t \leftarrow \beta_1 m_{t-1} + (1 - \beta_1) g_t
u_t \leftarrow \mathrm{max}(\beta_2 u_{t-1}, |g_{t}|+\epsilon)
\theta_t \leftarrow \theta_{t-1} - \frac{\gamma m_t}{(1-\beta^t_1) u_t}
