% An outer product written with two indices on a vector: x_{ij} needs a matrix; the outer
% product is x_i y_j.
x, y \in \mathbb{R}^{d}
A_{ij} = x_{ij} y_j
% ~ERROR E0303
