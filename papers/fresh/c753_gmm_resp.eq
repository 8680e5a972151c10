% Gaussian mixture responsibilities (E step), Bishop PRML (2006), Eq. 9.23; the component densities
% N(x_n | mu_k, Sigma_k) given as an N x K matrix of values (prose)
\pi \in \mathbb{R}^{K}, \mathcal{N}(\mathbf{x}_n | \boldsymbol{\mu}_k, \boldsymbol{\Sigma}_k) \in \mathbb{R}^{N \times K}

\gamma(z_{nk}) = \frac{\pi_k \mathcal{N}(\mathbf{x}_n | \boldsymbol{\mu}_k, \boldsymbol{\Sigma}_k)}{\sum_{j=1}^{K} \pi_j \mathcal{N}(\mathbf{x}_n | \boldsymbol{\mu}_j, \boldsymbol{\Sigma}_j)}
