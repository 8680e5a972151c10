% LAMB, You et al. (2020), Algorithm 2: the ratio r_t and the layer-wise trust-ratio step for one
% layer i, from the bias-corrected moments. Helpers: the scaling function \phi is the identity
% (the paper allows any \phi), and with a single layer r_t^{(i)} is r_t.
m_t, v_t, x_t^{(i)} \in \mathbb{R}^{d}, \eta_t, \lambda \in \mathbb{R}, \epsilon = 10^{-6}

\phi(z) = z
r_t = m_t / (\sqrt{v_t} + \epsilon)
r_t^{(i)} = r_t
x_{t+1}^{(i)} = x_t^{(i)} - \eta_t \frac{\phi(\|x_t^{(i)}\|)}{\|r_t^{(i)} + \lambda x_t^{(i)}\|}(r_t^{(i)} + \lambda x_t^{(i)})
