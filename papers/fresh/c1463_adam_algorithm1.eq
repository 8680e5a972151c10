% Adam, Kingma & Ba (2015), Algorithm 1 as printed, one step t: the stochastic objective f_t is never defined, so
% its gradient at theta_{t-1} is given; theta, m, v in R^d (prose: "parameter vector", "1st/2nd moment vector")
\theta_{t-1}, m_{t-1}, v_{t-1} \in \mathbb{R}^{d}, \alpha, \beta_1, \beta_2, \epsilon \in \mathbb{R}, t \in \mathbb{N}

g_t \leftarrow \nabla_\theta f_t(\theta_{t-1})
m_t \leftarrow \beta_1 \cdot m_{t-1} + (1 - \beta_1) \cdot g_t
v_t \leftarrow \beta_2 \cdot v_{t-1} + (1 - \beta_2) \cdot g_t^2
\widehat{m}_t \leftarrow m_t / (1 - \beta_1^t)
\widehat{v}_t \leftarrow v_t / (1 - \beta_2^t)
\theta_t \leftarrow \theta_{t-1} - \alpha \cdot \widehat{m}_t / (\sqrt{\widehat{v}_t} + \epsilon)
