% Minimal 4: hinge on row norms, \sum_i \max(0, 1 - \|Z_i\|)
Z \in \mathbb{R}^{n \times d}

v = \sum_i \max(0, 1 - \|Z_i\|)
g = \nabla_Z v
