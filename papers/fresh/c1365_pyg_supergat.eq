% PyG docs, SuperGATConv (Kim & Oh, 2021), the MX attention logits; n nodes with F features (rows of x), the
% shared weight Theta maps F to f (declarations ours)
\mathbf{x} \in \mathbb{R}^{n \times F}, \mathbf{\Theta} \in \mathbb{R}^{f \times F}, \mathbf{a} \in \mathbb{R}^{2f}

e_{i,j} = \mathbf{a}^{\top} [ \mathbf{\Theta}\mathbf{x}_i \, \Vert \, \mathbf{\Theta} \mathbf{x}_j ] \cdot \sigma \left( \left( \mathbf{\Theta} \mathbf{x}_i \right)^{\top} \mathbf{\Theta} \mathbf{x}_j \right)
