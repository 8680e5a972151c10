% Residual Gated Graph ConvNets, Bresson & Laurent (2017), Eq. 11 as PyG's ResGatedGraphConv prints it:
% x the n node features (rows), N(i) the neighbours of node i as a 0/1 matrix (declarations added)
x \in \mathbb{R}^{n \times d}, W_1, W_2, W_3, W_4 \in \mathbb{R}^{f \times d}, \mathcal{N} \in \{0,1\}^{n \times n}

\eta_{i,j} = \sigma(\mathbf{W}_3 \mathbf{x}_i + \mathbf{W}_4 \mathbf{x}_j)
\mathbf{x}'_i = \mathbf{W}_1 \mathbf{x}_i + \sum_{j \in \mathcal{N}(i)} \eta_{i,j} \odot \mathbf{W}_2 \mathbf{x}_j
