% Chen et al. (NeurIPS 2023), Lion (Alg. 2), pasted from the printing
\theta_{t-1}, m_{t-1}, g_t \in \mathbb{R}^{d}, \beta_1, \beta_2, \eta_t, \lambda \in \mathbb{R}

c_t \leftarrow \beta_1 m_{t-1} + (1 - \beta_1) g_t
\theta_t \leftarrow \theta_{t-1} - \eta_t (\mathrm{sign}(c_t) + \lambda \theta_{t-1})
m_t \leftarrow \beta_2 m_{t-1} + (1 - \beta_2) g_t
