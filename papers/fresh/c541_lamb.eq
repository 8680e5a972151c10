% LAMB, You et al. (2020), Algorithm 2, one step for one layer: m_t, v_t the bias-corrected moments of the
% layer's d parameters x_t (prose); phi the identity (prose: "phi(z) = z" in their experiments)
m_t, v_t, x_t \in \mathbb{R}^{d}, \epsilon, \lambda, \eta_t \in \mathbb{R}
\phi(z) = z

r_t = \frac{m_t}{\sqrt{v_t} + \epsilon}
x_{t+1} = x_t - \eta_t \frac{\phi(\|x_t\|)}{\|r_t + \lambda x_t\|} (r_t + \lambda x_t)
