% PyG docs, ClusterGCNConv (Chiang et al., 2019, Eq. 10): n nodes with d features; A the adjacency matrix and D its
% degree matrix (prose); diag(Â) the diagonal matrix of Â's diagonal (the paper's Eq. 10)
\mathbf{X} \in \mathbb{R}^{n \times d}, \mathbf{A}, \mathbf{D} \in \mathbb{R}^{n \times n}, \mathbf{W}_1, \mathbf{W}_2 \in \mathbb{R}^{d \times f}, \lambda \in \mathbb{R}

\mathbf{X}^{\prime} = \left( \mathbf{\hat{A}} + \lambda \cdot \textrm{diag}(\mathbf{\hat{A}}) \right) \mathbf{X} \mathbf{W}_1 + \mathbf{X} \mathbf{W}_2
\mathbf{\hat{A}} = {(\mathbf{D} + \mathbf{I})}^{-1}(\mathbf{A} + \mathbf{I})
