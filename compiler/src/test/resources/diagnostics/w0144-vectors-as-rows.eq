% x W is a row vector, so y^T after it is a column and s is a number.
x, y \in \mathbb{R}^{d}, W \in \mathbb{R}^{d \times d}
s = x W y^\top
% ~WARNING W0144
