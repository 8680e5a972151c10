% Goldberg (2017), Eq. 2.? (a linear model with several outputs), from memory of the printing: the book writes the
% vector-matrix product with \cdot; row vector \mathbf{x}; shapes from the prose
\mathbf{x} \in \mathbb{R}^{d_{in}}, \mathbf{W} \in \mathbb{R}^{d_{in} \times d_{out}}, \mathbf{b} \in \mathbb{R}^{d_{out}}

\hat{\mathbf{y}} = f(\mathbf{x}) = \mathbf{x} \cdot \mathbf{W} + \mathbf{b}
