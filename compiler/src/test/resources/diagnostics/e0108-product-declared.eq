% An expression stated to lie in a set that is not a shape (R, N or Z with dimensions): only
% names can be declared. (`W x \in \mathbb{R}^{h}` is an expression with its shape, checked.)
x \in \mathbb{R}^{d}, W \in \mathbb{R}^{h \times d}
W x \in \mathcal{H}
% ~ERROR E0108
y = \tanh(W x)
