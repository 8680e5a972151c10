% Mohri et al. (2018), Eq. 5.14 (the SVM dual objective, separable case), from memory of the printing: the double sum
% over i, j written under one sigma, bold x_i the m training points in R^N (rows of a declared matrix)
\boldsymbol{\alpha}, y \in \mathbb{R}^{m}, \mathbf{x} \in \mathbb{R}^{m \times N}

G(\boldsymbol{\alpha}) = \sum_{i=1}^{m} \alpha_i - \frac{1}{2} \sum_{i,j=1}^{m} \alpha_i \alpha_j y_i y_j (\mathbf{x}_i \cdot \mathbf{x}_j)
