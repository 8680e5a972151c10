% Adam, Kingma & Ba (2015), Algorithm 1: the stochastic objective f_t is never defined, its gradient is given
\theta_{t-1}, m_{t-1} \in \mathbb{R}^{d}, \beta_1 \in \mathbb{R}
g_t \leftarrow \nabla_\theta f_t(\theta_{t-1})
% ~WARNING W0419
m_t \leftarrow \beta_1 \cdot m_{t-1} + (1 - \beta_1) \cdot g_t
