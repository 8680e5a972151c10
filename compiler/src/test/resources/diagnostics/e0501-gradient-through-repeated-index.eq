% Gradients through a repeated index (a diagonal read as W_{ii}) are not supported yet.
W \in \mathbb{R}^{n \times n}
L = \sum_i W_{ii}^2
% ~ERROR E0501
g = \nabla_{W} L
