% DDPM, Ho et al. (2020), Algorithm 2, line 4: one sampling step; the network's output eps_theta(x_t, t)
% and the noise z are vectors of the data's size (prose), the schedule values numbers at this t
\mathbf{x}_t, \mathbf{z}, \boldsymbol{\epsilon}_\theta(\mathbf{x}_t, t) \in \mathbb{R}^{d}, \alpha_t, \bar{\alpha}_t, \sigma_t \in \mathbb{R}

\mathbf{x}_{t-1} = \frac{1}{\sqrt{\alpha_t}}\left(\mathbf{x}_t - \frac{1-\alpha_t}{\sqrt{1-\bar{\alpha}_t}}\boldsymbol{\epsilon}_\theta(\mathbf{x}_t, t)\right) + \sigma_t \mathbf{z}
