% DDPM, Ho et al. (2020), Eq. 7: the variance of the forward-process posterior, over a schedule of T
% steps (beta_1..beta_T given; alpha_t := 1 - beta_t, bar alpha_t := prod_{s=1}^t alpha_s, Sec. 2)
\beta \in \mathbb{R}^{T}

\alpha_t := 1 - \beta_t
\bar{\alpha}_t := \prod_{s=1}^{t} \alpha_s
\tilde{\beta}_t := \frac{1-\bar{\alpha}_{t-1}}{1-\bar{\alpha}_t}\beta_t
