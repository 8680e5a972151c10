% Gradients through index notation are not supported yet.
x \in \mathbb{R}^{d}
L = \sum_{i} x_i^2
% ~ERROR E0501
g = \nabla_{x} L
