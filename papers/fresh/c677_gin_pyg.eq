% GIN as written in PyTorch Geometric's GINConv documentation (from Xu et al., 2019): x the n x d node
% features, N(i) a 0/1 adjacency matrix, h_Theta a two-layer MLP (declarations and the MLP added)
\mathbf{x} \in \mathbb{R}^{n \times d}, \mathcal{N} \in \{0,1\}^{n \times n}, \mathbf{W}_1 \in \mathbb{R}^{d \times h}, \mathbf{W}_2 \in \mathbb{R}^{h \times o}, \epsilon \in \mathbb{R}

h_{\mathbf{\Theta}}(\mathbf{z}) = \mathrm{ReLU}(\mathbf{z}\mathbf{W}_1)\mathbf{W}_2
\mathbf{x}^{\prime}_i = h_{\mathbf{\Theta}} \left( (1 + \epsilon) \cdot \mathbf{x}_i + \sum_{j \in \mathcal{N}(i)} \mathbf{x}_j \right)
