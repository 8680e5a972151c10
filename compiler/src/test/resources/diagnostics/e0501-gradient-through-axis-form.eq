% Gradients through a built-in applied along a named axis are not supported yet.
x, c \in \mathbb{R}^{n \times d}
L = \mathrm{sum}(\mathrm{sum}(c \odot \underset{n}{\mathrm{softmax}}(x)))
% ~ERROR E0501
g = \nabla_{x} L
