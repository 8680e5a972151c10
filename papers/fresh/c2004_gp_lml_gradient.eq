% Rasmussen & Williams (2006), Sec. 5.4.1 Eq. 5.9: the derivative of the log marginal likelihood with respect to a
% hyperparameter, from memory of the printing; K the n x n covariance (noise included), dK/dtheta_j its elementwise
% derivative (given, n x n) and alpha = K^{-1} y (prose)
K, \frac{\partial K}{\partial\theta_j} \in \mathbb{R}^{n \times n}, \mathbf{y} \in \mathbb{R}^{n}

\boldsymbol{\alpha} = K^{-1}\mathbf{y}
\frac{\partial}{\partial\theta_j}\log p(\mathbf{y}|X, \boldsymbol{\theta}) = \frac{1}{2}\mathbf{y}^\top K^{-1}\frac{\partial K}{\partial\theta_j}K^{-1}\mathbf{y} - \frac{1}{2}\mathrm{tr}\left(K^{-1}\frac{\partial K}{\partial\theta_j}\right)
