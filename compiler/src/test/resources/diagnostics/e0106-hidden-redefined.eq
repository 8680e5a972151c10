% An MLP layer written the way code is, reassigning h: each name is defined once.
x \in \mathbb{R}^{d}, W \in \mathbb{R}^{d_h \times d}, b \in \mathbb{R}^{d_h}
h = W x + b
h = \tanh(h)
% ~ERROR E0106
