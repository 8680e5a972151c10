% Yogi, Zaheer et al. (2018), "Adaptive methods for nonconvex optimization", Algorithm 2 (one step;
% m_t computed as in Adam)
x_t, g_t, m_{t-1}, v_{t-1} \in \mathbb{R}^{d}, \beta_1, \beta_2, \eta_t, \epsilon \in \mathbb{R}

m_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t
v_t = v_{t-1} - (1 - \beta_2) \mathrm{sign}(v_{t-1} - g_t^2) g_t^2
x_{t+1} = x_t - \eta_t m_t / (\sqrt{v_t} + \epsilon)
