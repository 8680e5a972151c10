% Minimal: a sum of \max(0, x_i) over a vector, gradient in x
x \in \mathbb{R}^{n}

v = \sum_i \max(0, x_i)
g = \nabla_x v
