% Barber (2012), Result 8.7: the KL divergence between two Gaussians, from memory of the printing;
% mu_1, mu_2 in R^D and Sigma_1, Sigma_2 D x D (declared)
\boldsymbol{\mu}_1, \boldsymbol{\mu}_2 \in \mathbb{R}^{D}, \boldsymbol{\Sigma}_1, \boldsymbol{\Sigma}_2 \in \mathbb{R}^{D \times D}

\mathrm{KL}(p(\mathbf{x}|\boldsymbol{\mu}_1, \boldsymbol{\Sigma}_1)|p(\mathbf{x}|\boldsymbol{\mu}_2, \boldsymbol{\Sigma}_2)) = \frac{1}{2}\left[\mathrm{trace}\left(\boldsymbol{\Sigma}_2^{-1}\boldsymbol{\Sigma}_1\right) + (\boldsymbol{\mu}_1 - \boldsymbol{\mu}_2)^{\mathsf{T}}\boldsymbol{\Sigma}_2^{-1}(\boldsymbol{\mu}_1 - \boldsymbol{\mu}_2) - D + \log\frac{\det\boldsymbol{\Sigma}_2}{\det\boldsymbol{\Sigma}_1}\right]
