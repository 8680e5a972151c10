% A tensor read at a position computed from an index: before the first element it reads 0.
x \in \mathbb{R}^{n}
y_t = x_t - x_{t-1}
% ~WARNING W0170
