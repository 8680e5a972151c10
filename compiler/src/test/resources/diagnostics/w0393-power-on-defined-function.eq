% g^2(x) with g defined: the square of the value, not g applied twice.
x \in \mathbb{R}^{d}
g(z) = \tanh(z)
y = g^2(x)
% ~WARNING W0393
