% AdaBelief, Zhuang et al. (2020), Algorithm 2 (one step, g_t given; the projection onto F is the
% identity for F = R^d and is left out)
\theta_{t-1}, g_t, m_{t-1}, s_{t-1} \in \mathbb{R}^{d}, \alpha, \beta_1, \beta_2, \epsilon \in \mathbb{R}, t \in \mathbb{N}

m_t \leftarrow \beta_1 m_{t-1} + (1 - \beta_1) g_t
s_t \leftarrow \beta_2 s_{t-1} + (1 - \beta_2)(g_t - m_t)^2 + \epsilon
\hat{m}_t \leftarrow m_t / (1 - \beta_1^t)
\hat{s}_t \leftarrow s_t / (1 - \beta_2^t)
\theta_t \leftarrow \theta_{t-1} - \frac{\alpha \hat{m}_t}{\sqrt{\hat{s}_t} + \epsilon}
