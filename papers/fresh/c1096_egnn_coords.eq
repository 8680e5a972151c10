% E(n) equivariant graph neural networks, Satorras et al. (2021), Eq. 4: the coordinate update of M nodes
% with C = 1/(M - 1); phi_x(m_ij), the scalar output per edge, given as an M x M matrix (prose)
x^l \in \mathbb{R}^{M \times 3}, \phi_x(m) \in \mathbb{R}^{M \times M}

C = \frac{1}{M - 1}
x_i^{l+1} = x_i^l + C \sum_{j \neq i} (x_i^l - x_j^l) \phi_x(m_{ij})
