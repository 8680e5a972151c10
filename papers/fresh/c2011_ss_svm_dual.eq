% Scholkopf & Smola, Learning with Kernels (2002), Sec. 7.5 Eq. 7.37: the soft-margin SVM dual objective, from memory
% of the printing; k(x_i, x_j) given as the m x m Gram matrix, y_i in {-1, 1} the m labels (declared)
\boldsymbol{\alpha}, \mathbf{y} \in \mathbb{R}^{m}, k(\mathbf{x}_i, \mathbf{x}_j) \in \mathbb{R}^{m \times m}

W(\boldsymbol{\alpha}) = \sum_{i=1}^{m} \alpha_i - \frac{1}{2}\sum_{i,j=1}^{m} \alpha_i \alpha_j y_i y_j k(\mathbf{x}_i, \mathbf{x}_j)
