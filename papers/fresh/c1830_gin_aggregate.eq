% GIN, Xu et al. (2019), Eq. 4.1, written from memory of the printing: the argument of the MLP, the node's own
% features scaled by (1 + epsilon) plus the sum over its neighbours; h the n x d features, N(v) a 0/1 adjacency
% matrix (declarations added)
h \in \mathbb{R}^{n \times d}, \mathcal{N} \in \{0,1\}^{n \times n}, \epsilon = 0.1

a_v = (1 + \epsilon) \cdot h_v + \sum_{u \in \mathcal{N}(v)} h_u
