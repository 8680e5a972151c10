% PyTorch documentation, torch.optim.SGD algorithm box (momentum mu, dampening tau, nesterov)
g_t, b_{t-1}, \theta_{t-1} \in \mathbb{R}^{d}, \mu, \tau, \gamma \in \mathbb{R}

b_t \leftarrow \mu b_{t-1} + (1-\tau) g_t
g_t \leftarrow g_{t} + \mu b_t
\theta_t \leftarrow \theta_{t-1} - \gamma g_t
