% PyTorch Geometric, GraphConv's docstring (Morris et al., 2019, "Weisfeiler and Leman go neural"), as printed in the
% documentation: e_{j,i} the weight of the edge from j to i (0 where there is none); N(i) a 0/1 adjacency matrix
\mathbf{x} \in \mathbb{R}^{n \times d}, \mathbf{W}_1, \mathbf{W}_2 \in \mathbb{R}^{d' \times d}, e \in \mathbb{R}^{n \times n}, \mathcal{N} \in \{0,1\}^{n \times n}

\mathbf{x}^{\prime}_i = \mathbf{W}_1 \mathbf{x}_i + \mathbf{W}_2 \sum_{j \in \mathcal{N}(i)} e_{j,i} \cdot \mathbf{x}_j
