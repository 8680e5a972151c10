% Minimal: \sum_i \max(0, 1 - y_i w^\top x_i) differentiated in w vs the same with the dot product written x_i^\top w
x \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}, w \in \mathbb{R}^{d}

v = \sum_i \max(0, 1 - y_i x_i^\top w)
g = \nabla_w v
u = \sum_i (1 - y_i w^\top x_i)^2
g_u = \nabla_w u
