% LAMB, You et al. (2020), Algorithm 2: the moments and their bias correction, as printed (the
% corrected moments reuse the names m_t and v_t; the result of m_t is the corrected one).
g_t, m_{t-1}, v_{t-1} \in \mathbb{R}^{d}, \beta_1, \beta_2 \in \mathbb{R}, t \in \mathbb{N}

m_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t
v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2
m_t = m_t / (1 - \beta_1^t)
v_t = v_t / (1 - \beta_2^t)
