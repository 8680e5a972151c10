% PyG docs, CGConv (Xie & Grossman, 2018): n nodes with F features, edge features e_{i,j} of size D; z_{i,j} the
% concatenation [x_i, x_j, e_{i,j}], sigma the sigmoid and g the softplus (prose; the two helper lines ours)
\mathbf{x} \in \mathbb{R}^{n \times F}, \mathbf{e} \in \mathbb{R}^{n \times n \times D}, \mathbf{W}_f, \mathbf{W}_s \in \mathbb{R}^{(2F+D) \times F}, \mathbf{b}_f, \mathbf{b}_s \in \mathbb{R}^{F}, \mathcal{N} \in \{0,1\}^{n \times n}

\mathbf{z}_{i,j} = [\mathbf{x}_i, \mathbf{x}_j, \mathbf{e}_{i,j}]
g(x) = \log(1 + e^{x})
\mathbf{x}^{\prime}_i = \mathbf{x}_i + \sum_{j \in \mathcal{N}(i)} \sigma \left( \mathbf{z}_{i,j} \mathbf{W}_f + \mathbf{b}_f \right) \odot g \left( \mathbf{z}_{i,j} \mathbf{W}_s + \mathbf{b}_s \right)
