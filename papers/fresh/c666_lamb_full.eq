% Large Batch Optimization for Deep Learning (LAMB), You et al. (2020), Algorithm 2, one step for layer i
% (phi the identity, as the prose allows; one layer, so r_t^{(i)} is r_t); t the step number
g_t, m_{t-1}, v_{t-1}, x_t^{(i)} \in \mathbb{R}^{d}, \beta_1, \beta_2, \eta_t, \lambda, \epsilon \in \mathbb{R}, t \in \mathbb{N}

\phi(z) = z
m_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t
v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2
m_t = m_t / (1 - \beta_1^t)
v_t = v_t / (1 - \beta_2^t)
r_t = \frac{m_t}{\sqrt{v_t} + \epsilon}
x_{t+1}^{(i)} = x_t^{(i)} - \eta_t \frac{\phi(\|x_t^{(i)}\|)}{\|r_t^{(i)} + \lambda x_t^{(i)}\|}(r_t^{(i)} + \lambda x_t^{(i)})
