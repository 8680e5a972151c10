% ReLU written as \max(x): \max takes two arguments, \max(0, x).
x \in \mathbb{R}^{d}, W \in \mathbb{R}^{h \times d}
h = \max(W x)
% ~ERROR E0104
