% DDPM, Ho et al. (2020), Eq. 12: the weight of the noise-prediction error at step t in the bound
\beta_t, \alpha_t, \bar\alpha_t, \sigma_t \in \mathbb{R}

\lambda_t = \frac{\beta_t^2}{2\sigma_t^2\alpha_t(1 - \bar\alpha_t)}
