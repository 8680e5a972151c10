% The shape of a product stated as a declaration: only names can be declared.
x \in \mathbb{R}^{d}, W \in \mathbb{R}^{h \times d}
W x \in \mathbb{R}^{h}
% ~ERROR E0108
y = \tanh(W x)
