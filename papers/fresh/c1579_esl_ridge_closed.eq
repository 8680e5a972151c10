% Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, Eq. (3.44) as printed (from memory of the
% printing): the ridge solution; X the N x p (centred) input matrix, y the N responses (prose), I the p x p identity
\mathbf{X} \in \mathbb{R}^{N \times p}, \mathbf{y} \in \mathbb{R}^{N}, \lambda \in \mathbb{R}

\hat{\beta}^{\text{ridge}} = (\mathbf{X}^T\mathbf{X} + \lambda\mathbf{I})^{-1}\mathbf{X}^T\mathbf{y}
