% DDPM, Ho et al. (2020), Eq. 7: the mean and variance of the forward-process posterior q(x_{t-1}|x_t, x_0)
\mathbf{x}_0, \mathbf{x}_t \in \mathbb{R}^{d}, \alpha_t, \beta_t, \bar{\alpha}_t, \bar{\alpha}_{t-1} \in \mathbb{R}

\tilde{\boldsymbol{\mu}}_t(\mathbf{x}_t, \mathbf{x}_0) := \frac{\sqrt{\bar{\alpha}_{t-1}}\beta_t}{1 - \bar{\alpha}_t}\mathbf{x}_0 + \frac{\sqrt{\alpha_t}(1 - \bar{\alpha}_{t-1})}{1 - \bar{\alpha}_t}\mathbf{x}_t \quad \text{and} \quad \tilde{\beta}_t := \frac{1 - \bar{\alpha}_{t-1}}{1 - \bar{\alpha}_t}\beta_t
