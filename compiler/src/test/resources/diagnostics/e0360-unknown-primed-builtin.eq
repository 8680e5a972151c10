% a second derivative of the sigmoid: eqc knows only first derivatives of element-wise built-ins
z \in \mathbb{R}^{n}

d = \sigma''(z)
% ~ERROR E0360
