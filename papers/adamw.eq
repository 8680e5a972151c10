% AdamW, Loshchilov & Hutter (2019), Algorithm 2 with decoupled weight decay: the moment lines and
% line 12; the schedule multiplier \eta_t (line 11) is given.
\theta_{t-1}, g_t, m_{t-1}, v_{t-1} \in \mathbb{R}^{n}, \alpha, \beta_1, \beta_2, \lambda, \eta_t \in \mathbb{R}, t \in \mathbb{N}, \epsilon = 10^{-8}

m_t \leftarrow \beta_1 m_{t-1} + (1 - \beta_1) g_t
v_t \leftarrow \beta_2 v_{t-1} + (1 - \beta_2) g_t^2
\hat{m}_t \leftarrow m_t / (1 - \beta_1^t)
\hat{v}_t \leftarrow v_t / (1 - \beta_2^t)
\theta_t \leftarrow \theta_{t-1} - \eta_t \left( \alpha \hat{m}_t / (\sqrt{\hat{v}_t} + \epsilon) + \lambda \theta_{t-1} \right)
