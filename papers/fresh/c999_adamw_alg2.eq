% AdamW, Loshchilov & Hutter (2019), Algorithm 2, lines 6-12 (one step t); g_t the gradient, \eta_t the
% schedule multiplier
g_t, m_{t-1}, v_{t-1}, \theta_{t-1} \in \mathbb{R}^{d}, \beta_1, \beta_2, \alpha, \epsilon, \lambda, \eta_t, t \in \mathbb{R}

m_t \leftarrow \beta_1 m_{t-1} + (1 - \beta_1) g_t
v_t \leftarrow \beta_2 v_{t-1} + (1 - \beta_2) g_t^2
\hat{m}_t \leftarrow m_t / (1 - \beta_1^t)
\hat{v}_t \leftarrow v_t / (1 - \beta_2^t)
\theta_t \leftarrow \theta_{t-1} - \eta_t \left( \alpha \hat{m}_t / (\sqrt{\hat{v}_t} + \epsilon) + \lambda \theta_{t-1} \right)
