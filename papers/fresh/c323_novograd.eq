% NovoGrad, Ginsburg et al. (2019), Algorithm 1, layer-wise second moment (v is a scalar per layer)
g_t, m_{t-1}, w_t \in \mathbb{R}^{d}, v_{t-1}, \beta_1, \beta_2, \epsilon, d \in \mathbb{R}

v_t = \beta_2 \cdot v_{t-1} + (1 - \beta_2) \cdot ||g_t||^2
m_t = \beta_1 \cdot m_{t-1} + \left(\frac{g_t}{\sqrt{v_t} + \epsilon} + d \cdot w_t\right)
