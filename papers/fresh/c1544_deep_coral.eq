% Deep CORAL, Sun & Saenko (2016), Eqs. 1-3 as printed (from memory of the printing): the CORAL loss between the d x d
% feature covariances of a source batch D_S (n_S x d) and a target batch D_T (n_T x d); \mathbf{1} a column of ones
D_S \in \mathbb{R}^{n_S \times d}, D_T \in \mathbb{R}^{n_T \times d}

\ell_{CORAL} = \frac{1}{4d^2} \|C_S - C_T\|^2_F
C_S = \frac{1}{n_S - 1} \left( D_S^\top D_S - \frac{1}{n_S} (\mathbf{1}^\top D_S)^\top (\mathbf{1}^\top D_S) \right)
C_T = \frac{1}{n_T - 1} \left( D_T^\top D_T - \frac{1}{n_T} (\mathbf{1}^\top D_T)^\top (\mathbf{1}^\top D_T) \right)
