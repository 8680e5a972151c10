% Rasmussen & Williams (2006), Sec. 5.4.2 Eq. 5.12: the leave-one-out predictive mean and variance of GP regression,
% from memory of the printing; K the n x n covariance (noise included), y the n targets (prose)
K \in \mathbb{R}^{n \times n}, \mathbf{y} \in \mathbb{R}^{n}

\mu_i = y_i - [K^{-1}\mathbf{y}]_i/[K^{-1}]_{ii}, \qquad \sigma_i^2 = 1/[K^{-1}]_{ii}
