% Minimal: gradient through a sum over column slices Z_{:,j} passed to a generic function
Z \in \mathbb{R}^{n \times d}

S(x) = \sqrt{\mathrm{Var}(x)}
v = \sum_j S(Z_{:,j})
g = \nabla_Z v
w = \sum_j \|Z_{:,j}\|
g_w = \nabla_Z w
