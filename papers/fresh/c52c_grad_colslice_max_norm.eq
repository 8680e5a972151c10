% Minimal 3: gradient through \max(0, 1 - \|Z_{:,j}\|) summed over columns, no user function
Z \in \mathbb{R}^{n \times d}

v = \sum_j \max(0, 1 - \|Z_{:,j}\|)
g = \nabla_Z v
