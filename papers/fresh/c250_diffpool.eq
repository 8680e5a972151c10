% Hierarchical graph representation learning with differentiable pooling (DiffPool), Ying et al.
% (2018), Eqs. 3 and 4; S^{(l)} in R^{n_l x n_{l+1}}, Z^{(l)} in R^{n_l x d} (prose)
S^{(l)} \in \mathbb{R}^{n \times c}, Z^{(l)} \in \mathbb{R}^{n \times d}, A^{(l)} \in \mathbb{R}^{n \times n}

X^{(l+1)} = S^{(l)^T} Z^{(l)}
A^{(l+1)} = S^{(l)^T} A^{(l)} S^{(l)}
