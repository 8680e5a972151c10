% Barron et al. (ICCV 2021), "Mip-NeRF", Eq. 14 (integrated positional encoding), right-hand side pasted from the
% printing; mu_gamma \in R^{d}, Sigma_gamma \in R^{d x d} (prose: the lifted mean and covariance)
\boldsymbol{\mu}_\gamma \in \mathbb{R}^{d}, \boldsymbol{\Sigma}_\gamma \in \mathbb{R}^{d \times d}

\gamma(\boldsymbol{\mu}, \boldsymbol{\Sigma}) = \begin{bmatrix} \sin(\boldsymbol{\mu}_\gamma) \circ \exp(-(1/2)\operatorname{diag}(\boldsymbol{\Sigma}_\gamma)) \\ \cos(\boldsymbol{\mu}_\gamma) \circ \exp(-(1/2)\operatorname{diag}(\boldsymbol{\Sigma}_\gamma)) \end{bmatrix}
