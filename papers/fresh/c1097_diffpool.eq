% Hierarchical graph representation learning with differentiable pooling, Ying et al. (2018), Eqs. 3-4:
% the coarsened features and adjacency from the assignment S of n_l nodes to n_{l+1} clusters (prose)
S^{(l)} \in \mathbb{R}^{n_l \times n_{l+1}}, Z^{(l)} \in \mathbb{R}^{n_l \times d}, A^{(l)} \in \mathbb{R}^{n_l \times n_l}

X^{(l+1)} = S^{(l)^{T}} Z^{(l)}
A^{(l+1)} = S^{(l)^{T}} A^{(l)} S^{(l)}
