% Log-likelihood of a Gaussian mixture, Bishop PRML (2006), Eq. 9.14; the component densities
% N(x_n | mu_k, Sigma_k) given as an N x K matrix of values (prose)
\pi \in \mathbb{R}^{K}, \mathcal{N}(\mathbf{x}_n | \boldsymbol{\mu}_k, \boldsymbol{\Sigma}_k) \in \mathbb{R}^{N \times K}

\ln p(\mathbf{X} | \boldsymbol{\pi}, \boldsymbol{\mu}, \boldsymbol{\Sigma}) = \sum_{n=1}^{N} \ln \left\{ \sum_{k=1}^{K} \pi_k \mathcal{N}(\mathbf{x}_n | \boldsymbol{\mu}_k, \boldsymbol{\Sigma}_k) \right\}
