% mixup (Zhang et al., Eq. 1): the mixing coefficient drawn from Beta(alpha, alpha), so in [0, 1]
x_i, x_j \in \mathbb{R}^{d}, \lambda \in [0, 1]
% ~WARNING W0476

\tilde{x} = \lambda x_i + (1 - \lambda) x_j
