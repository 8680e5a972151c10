% DDPM, Ho et al. (2020), Eq. 7: the mean of the forward-process posterior q(x_{t-1} | x_t, x_0);
% alpha_t = 1 - beta_t and bar alpha_t the product (prose), given here as numbers at one t
\mathbf{x}_t, \mathbf{x}_0 \in \mathbb{R}^{d}, \beta_t, \alpha_t, \bar{\alpha}_t, \bar{\alpha}_{t-1} \in \mathbb{R}

\tilde{\boldsymbol{\mu}}_t(\mathbf{x}_t, \mathbf{x}_0) := \frac{\sqrt{\bar{\alpha}_{t-1}}\beta_t}{1-\bar{\alpha}_t}\mathbf{x}_0 + \frac{\sqrt{\alpha_t}(1-\bar{\alpha}_{t-1})}{1-\bar{\alpha}_t}\mathbf{x}_t
