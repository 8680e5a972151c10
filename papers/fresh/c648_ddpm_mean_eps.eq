% DDPM, Ho et al. (2020), Eq. 11: the reverse-process mean from the predicted noise (given) at step t
\mathbf{x}_t, \boldsymbol{\epsilon}_\theta(\mathbf{x}_t, t) \in \mathbb{R}^{D}, \alpha_t, \beta_t, \bar\alpha_t \in \mathbb{R}

\boldsymbol{\mu}_\theta(\mathbf{x}_t, t) = \frac{1}{\sqrt{\alpha_t}}\left(\mathbf{x}_t - \frac{\beta_t}{\sqrt{1 - \bar\alpha_t}}\boldsymbol{\epsilon}_\theta(\mathbf{x}_t, t)\right)
