% Diffusion posterior sampling, Chung et al. (2023), Eq. 10: the posterior mean of x_0 by Tweedie's formula
% from the score at x_t (given)
x_t, \nabla_{x_t} \log p_t(x_t) \in \mathbb{R}^{D}, \bar{\alpha}(t) \in \mathbb{R}

\hat{x}_0 := \mathbb{E}[x_0 | x_t] = \frac{1}{\sqrt{\bar{\alpha}(t)}}\left(x_t + (1 - \bar{\alpha}(t))\nabla_{x_t} \log p_t(x_t)\right)
