% Lilian Weng, "What are Diffusion Models?" (2021): the posterior mean written with the noise; x_t and eps_t given,
% alpha_t and bar alpha_t numbers at one t (prose)
\mathbf{x}_t, \boldsymbol{\epsilon}_t \in \mathbb{R}^{d}, \alpha_t, \bar{\alpha}_t \in \mathbb{R}

\tilde{\boldsymbol{\mu}}_t = \frac{1}{\sqrt{\alpha_t}} \Big( \mathbf{x}_t - \frac{1 - \alpha_t}{\sqrt{1 - \bar{\alpha}_t}} \boldsymbol{\epsilon}_t \Big)
