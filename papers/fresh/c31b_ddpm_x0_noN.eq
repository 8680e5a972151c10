% DDPM x_0 prediction with the schedule, t not declared as an integer input
\beta \in \mathbb{R}^{T}, x_t, \epsilon \in \mathbb{R}^{d}

\alpha_t = 1 - \beta_t
\bar{\alpha}_t = \prod_{s=1}^{t} \alpha_s
\hat{x}_0 = \frac{1}{\sqrt{\bar{\alpha}_t}} \left( x_t - \sqrt{1 - \bar{\alpha}_t}\, \epsilon \right)
