% NAdam, Dozat (2016), "Incorporating Nesterov momentum into Adam", Algorithm 2 (one step, g_t given).
% The paper states in prose that \mu_t is a momentum schedule over t = 1..T: declared \mu \in R^T.
\theta_{t-1}, g_t, m_{t-1}, n_{t-1} \in \mathbb{R}^{d}, \mu \in \mathbb{R}^{T}, \nu, \eta, \epsilon \in \mathbb{R}, t \in \mathbb{N}

\hat{g} \leftarrow \frac{g_t}{1 - \prod_{i=1}^{t} \mu_i}
m_t \leftarrow \mu_t m_{t-1} + (1 - \mu_t) g_t
\hat{m} \leftarrow \frac{m_t}{1 - \prod_{i=1}^{t+1} \mu_i}
n_t \leftarrow \nu n_{t-1} + (1 - \nu) g_t^2
\hat{n} \leftarrow \frac{n_t}{1 - \nu^t}
\bar{m}_t \leftarrow (1 - \mu_t) \hat{g} + \mu_{t+1} \hat{m}
\theta_t \leftarrow \theta_{t-1} - \frac{\eta \bar{m}_t}{\sqrt{\hat{n}} + \epsilon}
