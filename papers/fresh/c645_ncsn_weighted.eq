% NCSN, Song & Ermon (2019), Eq. 6 with lambda(sigma) = sigma^2: the loss over the L noise levels, the loss at
% each level given
\ell(\boldsymbol{\theta}; \sigma_i) \in \mathbb{R}^{L}, \sigma \in \mathbb{R}^{L}

\lambda(\sigma) = \sigma^2
\mathcal{L}(\boldsymbol{\theta}; \{\sigma_i\}_{i=1}^{L}) \triangleq \frac{1}{L}\sum_{i=1}^{L}\lambda(\sigma_i)\ell(\boldsymbol{\theta}; \sigma_i)
