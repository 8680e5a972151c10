% Adam-mini, Zhang et al. (2024), Algorithm 1 for one parameter block: the second moment is one number per block,
% the mean of the squared gradient over the block; g_t the block's gradient, m_{t-1} its first moment and
% \theta_{t-1} its weights (vectors of the block's size d), v_{t-1} the block's scalar second moment (prose)
g_t, m_{t-1}, \theta_{t-1} \in \mathbb{R}^{d}, v_{t-1}, \beta_1, \beta_2, \eta, \epsilon \in \mathbb{R}

m_t = (1 - \beta_1) \cdot g_t + \beta_1 \cdot m_{t-1}
v_t = (1 - \beta_2) \cdot \mathrm{mean}(g_t \odot g_t) + \beta_2 \cdot v_{t-1}
\theta_t = \theta_{t-1} - \eta \cdot m_t / (\sqrt{v_t} + \epsilon)
