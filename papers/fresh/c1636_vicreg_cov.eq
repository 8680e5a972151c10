% VICReg, Bardes et al. (2022), Eqs. 3-4 (covariance term), pasted from the printing; the n embeddings z_i are the
% rows of Z (prose)
Z \in \mathbb{R}^{n \times d}

C(Z) = \frac{1}{n-1} \sum_{i=1}^{n} (z_i - \bar{z})(z_i - \bar{z})^T, \quad \text{where} \quad \bar{z} = \frac{1}{n} \sum_{i=1}^{n} z_i
c(Z) = \frac{1}{d} \sum_{i \neq j} [C(Z)]_{i,j}^2
