% Gaussian process regression predictive mean and variance, Rasmussen & Williams (2006), Eq. 2.25-2.26
% K = K(X,X) (n x n), k_* = k(X, x_*) (n), y the targets, \sigma_n^2 the noise variance, I the identity
K, I \in \mathbb{R}^{n \times n}, \mathbf{k}_*, \mathbf{y} \in \mathbb{R}^{n}, \kappa, \sigma_n \in \mathbb{R}

\bar{f}_* = \mathbf{k}_*^\top (K + \sigma_n^2 I)^{-1} \mathbf{y}
v_* = \kappa - \mathbf{k}_*^\top (K + \sigma_n^2 I)^{-1} \mathbf{k}_*
