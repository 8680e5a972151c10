% Minimal 2: gradient through \max(0, 1 - S(Z_{:,j})) summed over columns
Z \in \mathbb{R}^{n \times d}

S(x) = \sqrt{\mathrm{Var}(x)}
v = \sum_j \max(0, 1 - S(Z_{:,j}))
g = \nabla_Z v
