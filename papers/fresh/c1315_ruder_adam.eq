% Ruder (2016), Sec. 4.6 (Adam), Eqs. as printed; t the step number, the moments of step t-1 and g_t given
m_{t-1}, v_{t-1}, g_t, \theta_t \in \mathbb{R}^{d}, \beta_1, \beta_2, \eta, \epsilon, t \in \mathbb{R}

m_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t
v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2
\hat{m}_t = \dfrac{m_t}{1 - \beta^t_1}
\hat{v}_t = \dfrac{v_t}{1 - \beta^t_2}
\theta_{t+1} = \theta_{t} - \dfrac{\eta}{\sqrt{\hat{v}_t} + \epsilon} \hat{m}_t
