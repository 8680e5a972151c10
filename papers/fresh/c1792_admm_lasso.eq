% Boyd et al. (2011), "Distributed Optimization and Statistical Learning via ADMM", Sec. 6.4 (lasso) with the soft
% thresholding operator of Sec. 4.4.3, written from memory of the printing; A \in R^{m x n}, b \in R^m, z^k, u^k \in R^n
A \in \mathbb{R}^{m \times n}, b \in \mathbb{R}^{m}, z^k, u^k \in \mathbb{R}^{n}

S_\kappa(a) = (1 - \kappa/|a|)_+ a
x^{k+1} := (A^T A + \rho I)^{-1} (A^T b + \rho (z^k - u^k))
z^{k+1} := S_{\lambda/\rho}(x^{k+1} + u^k)
u^{k+1} := u^k + x^{k+1} - z^{k+1}
