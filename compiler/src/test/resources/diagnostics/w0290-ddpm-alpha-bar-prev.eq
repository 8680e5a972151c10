% DDPM, Ho et al. (2020), Eq. 7: bar alpha_{t-1} at t = 1 is the empty product.
\beta \in \mathbb{R}^{T}
\bar{\alpha}_t = \prod_{s=1}^{t} (1 - \beta_s)
% ~WARNING W0140
\tilde{\beta}_t = \frac{1 - \bar{\alpha}_{t-1}}{1 - \bar{\alpha}_t}\beta_t
% ~WARNING W0290
% ~WARNING W0140
