% DDPM, Ho et al. (2020), Eq. 14: the simple loss for one data point x_0, one noise draw epsilon and one step t
% (each expectation over a single sample); the noise network is a linear stand-in (helper)
\mathbf{x}_0, \boldsymbol{\epsilon} \in \mathbb{R}^{D}, W \in \mathbb{R}^{D \times D}, \bar\alpha_t \in \mathbb{R}

\boldsymbol{\epsilon}_\theta(\mathbf{x}, t) = W\mathbf{x}
L_{\mathrm{simple}}(\theta) = \mathbb{E}_{t, \mathbf{x}_0, \boldsymbol{\epsilon}}\left[\left\|\boldsymbol{\epsilon} - \boldsymbol{\epsilon}_\theta(\sqrt{\bar\alpha_t}\mathbf{x}_0 + \sqrt{1 - \bar\alpha_t}\boldsymbol{\epsilon}, t)\right\|^2\right]
