% DDPM, Ho et al. (2020): Eq. 4 rearranged for x_0 (the "predicted x_0"), and the posterior
% variance \tilde{\beta}_t of Eq. 7, with \bar{\alpha}_t = \prod_{s=1}^{t} \alpha_s, \alpha_t = 1 - \beta_t
\beta \in \mathbb{R}^{T}, x_t, \epsilon \in \mathbb{R}^{d}, t \in \mathbb{N}

\alpha_t = 1 - \beta_t
\bar{\alpha}_t = \prod_{s=1}^{t} \alpha_s
\hat{x}_0 = \frac{1}{\sqrt{\bar{\alpha}_t}} \left( x_t - \sqrt{1 - \bar{\alpha}_t}\, \epsilon \right)
