% Denoising Diffusion Probabilistic Models, Ho et al. (2020), §4: "the forward process variances
% increasing linearly from \beta_1 = 10^{-4} to \beta_T = 0.02" over T steps, and
% \bar{\alpha}_t = \prod_{s=1}^{t} \alpha_s with \alpha_t = 1 - \beta_t (§3.2). T is given when running it.
\beta_1, \beta_T \in \mathbb{R}

\beta_t = \beta_1 + \frac{t-1}{T-1}(\beta_T - \beta_1), \quad t = 1, \dots, T
\bar{\alpha}_t = \prod_{s=1}^{t} (1 - \beta_s)
