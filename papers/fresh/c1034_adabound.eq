% AdaBound, Luo, Xiong, Liu & Sun (2019), Algorithm 2 lines 5-7 (m_t, v_t and the bounds eta_l(t), eta_u(t)
% given; the projection is the identity on R^d and is left out)
x_t, m_t, v_t \in \mathbb{R}^{d}, \alpha, \eta_l(t), \eta_u(t) \in \mathbb{R}, t \in \mathbb{N}

V_t = \mathrm{diag}(v_t)
\hat{\eta}_t = \mathrm{Clip}(\alpha / \sqrt{V_t}, \eta_l(t), \eta_u(t))
\eta_t = \hat{\eta}_t / \sqrt{t}
x_{t+1} = x_t - \eta_t \odot m_t
