% Adam: A Method for Stochastic Optimization, Kingma & Ba (2015), Algorithm 2 (AdaMax), one step t
% (vectors of d parameters, declarations added)
m_{t-1}, u_{t-1}, g_t, \theta_{t-1} \in \mathbb{R}^{d}, \alpha, \beta_1, \beta_2 \in \mathbb{R}, t \in \mathbb{N}

m_t \leftarrow \beta_1 \cdot m_{t-1} + (1 - \beta_1) \cdot g_t
u_t \leftarrow \max(\beta_2 \cdot u_{t-1}, |g_t|)
\theta_t \leftarrow \theta_{t-1} - (\alpha / (1 - \beta_1^t)) \cdot m_t / u_t
