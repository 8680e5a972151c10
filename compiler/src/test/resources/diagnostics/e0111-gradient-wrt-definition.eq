% A gradient is taken with respect to an input: h is a definition, not a variable.
x \in \mathbb{R}^{d}
h = \tanh(x)
L = \mathrm{sum}(h)
g = \nabla_{h} L
% ~ERROR E0111
