% Symbolic Discovery of Optimization Algorithms (Lion), Chen et al. (2023), Algorithm 2, for a weight
% matrix (the paper's update applies entry-wise to any parameter tensor)
\theta_{t-1}, g_t, m_{t-1} \in \mathbb{R}^{n \times d}, \beta_1, \beta_2, \eta_t, \lambda \in \mathbb{R}

c_t \leftarrow \beta_1 m_{t-1} + (1 - \beta_1) g_t
\theta_t \leftarrow \theta_{t-1} - \eta_t(\text{sign}(c_t) + \lambda\theta_{t-1})
m_t \leftarrow \beta_2 m_{t-1} + (1 - \beta_2) g_t
