% Rasmussen & Williams, Gaussian Processes for Machine Learning (2006), Sec. 2.2 Eq. 2.30: the log marginal likelihood
% of GP regression, from memory of the printing; K = K(X, X) the n x n covariance matrix and y the n targets (prose)
K \in \mathbb{R}^{n \times n}, \mathbf{y} \in \mathbb{R}^{n}, \sigma_n \in \mathbb{R}

\log p(\mathbf{y}|X) = -\frac{1}{2}\mathbf{y}^\top(K + \sigma_n^2 I)^{-1}\mathbf{y} - \frac{1}{2}\log|K + \sigma_n^2 I| - \frac{n}{2}\log 2\pi
