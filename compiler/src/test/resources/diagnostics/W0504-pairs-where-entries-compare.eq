% W0504: a comparison of entries under a sum runs over the pairs of positions where it holds (RRHF, Eq. 2)
p, r \in \mathbb{R}^{k}

L = \sum_{r_i < r_j} \max(0, p_i - p_j)
% ~WARNING W0504
