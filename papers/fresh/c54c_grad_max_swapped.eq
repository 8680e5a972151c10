% Minimal: \max(x_i, 0) with the constant second
x \in \mathbb{R}^{n}

v = \sum_i \max(x_i, 0)
g = \nabla_x v
