% Minimal: \min(0, x_i) constant first
x \in \mathbb{R}^{n}

v = \sum_i \min(0, x_i)
g = \nabla_x v
