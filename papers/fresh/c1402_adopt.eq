% ADOPT, Taniguchi et al. (2024), Algorithm 2: the gradient is normalised by the previous second moment before
% the momentum update (element-wise on vectors of the model's size d, prose)
g_t, m_{t-1}, v_{t-1}, \theta_{t-1} \in \mathbb{R}^{d}, \beta_1, \beta_2, \alpha_t, \epsilon \in \mathbb{R}

m_t = \beta_1 m_{t-1} + (1 - \beta_1) \frac{g_t}{\max\{\sqrt{v_{t-1}}, \epsilon\}}
\theta_t = \theta_{t-1} - \alpha_t m_t
v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t \odot g_t
