% Adaptive Federated Optimization, Reddi et al. (2021), Algorithm 2 (FedAdam's server step), from memory of the
% printing: Delta_i^t the model change of client i in the sampled set S (the rows of Delta^t); m, v the server's
% moments, tau the adaptivity
\Delta^t \in \mathbb{R}^{S \times d}, \mathcal{S} = \{1, \dots, S\}, m_{t-1}, v_{t-1}, x_t \in \mathbb{R}^{d}, \beta_1 = 0.9, \beta_2 = 0.99, \eta = 0.1, \tau = 0.001

\Delta_t = \frac{1}{|\mathcal{S}|} \sum_{i \in \mathcal{S}} \Delta_i^t
m_t = \beta_1 m_{t-1} + (1 - \beta_1) \Delta_t
v_t = \beta_2 v_{t-1} + (1 - \beta_2) \Delta_t^2
x_{t+1} = x_t + \eta \frac{m_t}{\sqrt{v_t} + \tau}
