% PyTorch Geometric documentation, GCNConv, the node-wise formulation as printed there: e_{j,i} the weight of
% the edge from j to i (self-loops weigh 1), \mathcal{N}(i) the neighbours of i without i itself (prose)
\mathbf{x} \in \mathbb{R}^{n \times d}, \mathbf{\Theta} \in \mathbb{R}^{d \times f}, e \in \mathbb{R}^{n \times n}, \mathcal{N} \in \{0,1\}^{n \times n}

\hat{d}_i = 1 + \sum_{j \in \mathcal{N}(i)} e_{j,i}
\mathbf{x}^{\prime}_i = \mathbf{\Theta}^{\top} \sum_{j \in \mathcal{N}(i) \cup \{ i \}} \frac{e_{j,i}}{\sqrt{\hat{d}_j \hat{d}_i}} \mathbf{x}_j
