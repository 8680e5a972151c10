% A function called on an element of a sum's index (f(x_i)) is not differentiated yet.
x \in \mathbb{R}^{n}
f(a) = a^2 + 1
L = \sum_i \log f(x_i)
% ~ERROR E0501
g = \nabla_{x} L
