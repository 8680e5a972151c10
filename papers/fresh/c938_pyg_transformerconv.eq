% PyTorch Geometric's TransformerConv (after Shi et al. 2021, UniMP), as its documentation prints it: the softmax
% over the neighbours j of i is written without a subscript.
\mathbf{x} \in \mathbb{R}^{n \times d}, \mathbf{W}_1, \mathbf{W}_2, \mathbf{W}_3, \mathbf{W}_4 \in \mathbb{R}^{d \times d}, \mathcal{N} \in \{0,1\}^{n \times n}

\mathbf{x}^{\prime}_i = \mathbf{W}_1 \mathbf{x}_i + \sum_{j \in \mathcal{N}(i)} \alpha_{i,j} \mathbf{W}_2 \mathbf{x}_{j}
\alpha_{i,j} = \textrm{softmax} \left(\frac{(\mathbf{W}_3\mathbf{x}_i)^{\top} (\mathbf{W}_4\mathbf{x}_j)}{\sqrt{d}} \right)
