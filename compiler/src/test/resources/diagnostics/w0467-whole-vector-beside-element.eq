% A bias declared as one vector, added whole to each element
x, b \in \mathbb{R}^{n}
y_i = x_i + b
% ~WARNING W0467
