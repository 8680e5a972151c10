% DDPM, Ho et al. (2020), Eq. 7 with the definitions of Sec. 2 written after it: the posterior variance
% at every step t; the schedule beta_1..beta_T is given
\beta \in \mathbb{R}^{T}

\tilde{\beta}_t := \frac{1 - \bar{\alpha}_{t-1}}{1 - \bar{\alpha}_t} \beta_t, \quad \text{where} \quad \alpha_t := 1 - \beta_t, \; \bar{\alpha}_t := \prod_{s=1}^{t} \alpha_s
