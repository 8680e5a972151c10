% DDPM, Ho et al. (2020), Algorithm 2, line 4: one reverse (sampling) step; \boldsymbol{\epsilon}_\theta is
% the trained network, a linear stand-in here (helper); z is the added Gaussian noise.
\mathbf{x}_t, \mathbf{z} \in \mathbb{R}^{d}, W \in \mathbb{R}^{d \times d}, \alpha_t, \bar{\alpha}_t, \sigma_t \in \mathbb{R}, t \in \mathbb{N}

\boldsymbol{\epsilon}_\theta(\mathbf{x}, t) = W\mathbf{x}
\mathbf{x}_{t-1} = \frac{1}{\sqrt{\alpha_t}}\left(\mathbf{x}_t - \frac{1 - \alpha_t}{\sqrt{1 - \bar{\alpha}_t}}\boldsymbol{\epsilon}_\theta(\mathbf{x}_t, t)\right) + \sigma_t\mathbf{z}
