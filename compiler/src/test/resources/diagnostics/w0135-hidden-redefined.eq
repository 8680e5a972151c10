% An MLP layer written the way code is, reassigning h: read as an update of the first value.
x \in \mathbb{R}^{d}, W \in \mathbb{R}^{d_h \times d}, b \in \mathbb{R}^{d_h}
h = W x + b
h = \tanh(h)
% ~WARNING W0135
