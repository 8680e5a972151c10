% Gradients through Concat are not supported yet.
x \in \mathbb{R}^{d}
L = \mathrm{sum}(\mathrm{Concat}(x, x^2))
% ~ERROR E0501
g = \nabla_{x} L
