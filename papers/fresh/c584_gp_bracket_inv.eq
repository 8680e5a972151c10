% Rasmussen & Williams (2006), Eq. 2.22-2.23: the GP predictive mean and covariance with the kernel matrices
% K(X, X) etc. given (prose), as printed with square brackets
K(X, X) \in \mathbb{R}^{n \times n}, K(X_*, X) \in \mathbb{R}^{m \times n}, K(X, X_*) \in \mathbb{R}^{n \times m}, K(X_*, X_*) \in \mathbb{R}^{m \times m}, \mathbf{y} \in \mathbb{R}^{n}, \sigma_n \in \mathbb{R}

\bar{\mathbf{f}}_* = K(X_*, X)[K(X, X) + \sigma_n^2 I]^{-1}\mathbf{y}
\mathrm{cov}(\mathbf{f}_*) = K(X_*, X_*) - K(X_*, X)[K(X, X) + \sigma_n^2 I]^{-1}K(X, X_*)
