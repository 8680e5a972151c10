% PReLU as He et al. print it: f of an element y_i of a declared y is f defined element-wise.
y, a \in \mathbb{R}^{C}
f(y_i) = \max(0, y_i) + a_i \min(0, y_i)
% ~WARNING W0137
