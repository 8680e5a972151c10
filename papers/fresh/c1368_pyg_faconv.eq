% PyG docs, FAConv (Bo et al., FAGCN, 2021): n nodes with F features; x^{(0)}_i the initial features and d_i the
% degree of node i (prose); N(i) as a 0/1 matrix, j in N(i) iff N_{ij} = 1 (declarations ours)
\mathbf{x}, \mathbf{x}^{(0)} \in \mathbb{R}^{n \times F}, d \in \mathbb{R}^{n}, \mathbf{a} \in \mathbb{R}^{2F}, \mathcal{N} \in \{0,1\}^{n \times n}, \epsilon \in \mathbb{R}

\mathbf{x}^{\prime}_i= \epsilon \cdot \mathbf{x}^{(0)}_i + \sum_{j \in \mathcal{N}(i)} \frac{\alpha_{i,j}}{\sqrt{d_i d_j}} \mathbf{x}_{j}
\mathbf{\alpha}_{i,j} = \textrm{tanh}(\mathbf{a}^{\top}[\mathbf{x}_i, \mathbf{x}_j])
