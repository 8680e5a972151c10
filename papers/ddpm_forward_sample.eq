% DDPM, Ho et al. (2020), §3.2 (before Eq. 12): x_t as a function of x_0 and the noise, as printed
% with its "for \epsilon ~ N(0, I)"
\mathbf{x}_0, \boldsymbol{\epsilon} \in \mathbb{R}^{d}, \bar{\alpha}_t \in \mathbb{R}

\mathbf{x}_t(\mathbf{x}_0, \boldsymbol{\epsilon}) = \sqrt{\bar{\alpha}_t}\mathbf{x}_0 + \sqrt{1 - \bar{\alpha}_t}\boldsymbol{\epsilon} \quad \text{for } \boldsymbol{\epsilon} \sim \mathcal{N}(\mathbf{0}, \mathbf{I})
