% Mohri et al. (2018), Eq. 11.? (kernel ridge regression, the dual solution), from memory of the printing: K the
% kernel matrix, lambda the regularisation parameter, m examples
\mathbf{K} \in \mathbb{R}^{m \times m}, \mathbf{y} \in \mathbb{R}^{m}, \lambda \in \mathbb{R}

\boldsymbol{\alpha} = (\mathbf{K} + \lambda \mathbf{I})^{-1} \mathbf{y}
