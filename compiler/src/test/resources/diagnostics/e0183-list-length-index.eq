% ALiBi written for one row i: the length of the list changes with the index.
x \in \mathbb{R}^{n}
y_i = x_i [0, 1, \ldots, i]
% ~WARNING W0140
% ~ERROR E0183
