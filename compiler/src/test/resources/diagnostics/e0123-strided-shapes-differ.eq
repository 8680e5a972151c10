% A strided definition whose odd part is a whole vector instead of one element.
x \in \mathbb{R}^{d}, v \in \mathbb{R}^{3}
y_{2i} = x_{2i}
y_{2i+1} = v
% ~ERROR E0123
