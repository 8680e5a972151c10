% Nearest-neighbour distance excluding the point itself (e.g. hardest negative in batch-hard triplet
% mining, Hermans et al. 2017, Eq. 5: \min_{j \neq i}), from the pairwise squared distances
X \in \mathbb{R}^{n \times d}

D_{ij} = \|X_i - X_j\|^2
m_i = \min_{j \neq i} D_{ij}
M_i = \max_{j \neq i} -D_{ij}
p_i = \prod_{j \neq i} D_{ij}
