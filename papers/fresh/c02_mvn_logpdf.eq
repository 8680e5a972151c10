% Multivariate Gaussian log density, Bishop PRML Eq. 2.43 (log of), |Σ| the determinant
\mathbf{x}, \boldsymbol{\mu} \in \mathbb{R}^{D}, \boldsymbol{\Sigma} \in \mathbb{R}^{D \times D}

\ell = -\frac{D}{2}\ln(2\pi) - \frac{1}{2}\ln|\boldsymbol{\Sigma}| - \frac{1}{2}(\mathbf{x} - \boldsymbol{\mu})^{\mathrm{T}}\boldsymbol{\Sigma}^{-1}(\mathbf{x} - \boldsymbol{\mu})
