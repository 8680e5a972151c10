% W0530: a name declared by its member's shape, read under a sum over its subscript from 1 to n, is the family of n members (Tong Zhang, ridge regression)
x_i \in \mathbb{R}^{d}, y \in \mathbb{R}^{n}
% ~WARNING W0530

b = \sum_{i=1}^{n} x_i y_i
