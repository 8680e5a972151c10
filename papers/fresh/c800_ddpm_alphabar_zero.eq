% DDPM, Ho et al. (2020), Eq. 7 with the convention of the reference code (alphas_cumprod_prev starts at
% 1): the posterior variance tilde beta_t for t = 1..T, bar alpha_0 = 1 stated
\beta \in \mathbb{R}^{T}

\alpha_t = 1 - \beta_t
\bar{\alpha}_t = \prod_{s=1}^{t} \alpha_s, \quad \bar{\alpha}_0 = 1
\tilde{\beta}_t = \frac{1 - \bar{\alpha}_{t-1}}{1 - \bar{\alpha}_t}\beta_t
