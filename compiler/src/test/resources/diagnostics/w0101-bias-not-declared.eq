% A dense layer whose bias was never declared: eqc assumes a scalar and says so.
x \in \mathbb{R}^{d}, W \in \mathbb{R}^{h \times d}
y = \mathrm{ReLU}(W x + b)
% ~WARNING W0101
