% Hierarchical graph representation learning with differentiable pooling (DiffPool), Ying et al. (2018),
% Eqs. 3 and 4: the coarsened features and adjacency from the assignment S^{(l)} (n_l x n_{l+1}, prose)
S^{(l)} \in \mathbb{R}^{n_l \times n_{l+1}}, Z^{(l)} \in \mathbb{R}^{n_l \times d}, A^{(l)} \in \mathbb{R}^{n_l \times n_l}

X^{(l+1)} = {S^{(l)}}^T Z^{(l)} \in \mathbb{R}^{n_{l+1} \times d}
A^{(l+1)} = {S^{(l)}}^T A^{(l)} S^{(l)} \in \mathbb{R}^{n_{l+1} \times n_{l+1}}
