% A dense layer in index notation with x declared at the output width: j ranges over d
% as the second axis of W, but over h as the axis of x.
W \in \mathbb{R}^{h \times d}, x, b \in \mathbb{R}^{h}
y_i = \sum_j W_{ij} x_j + b_i
% ~ERROR E0304
