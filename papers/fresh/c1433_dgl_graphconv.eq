% DGL documentation, dgl.nn.pytorch.conv.GraphConv (Kipf & Welling's layer, node-wise) as printed, with the
% normalising constant c_ji of the following line; h^{(l)} the N x C node features, N(i) from a 0/1 symmetric
% adjacency with self-loops (added), sigma the ReLU (added), b^{(l)} the F bias
h^{(l)} \in \mathbb{R}^{N \times C}, W^{(l)} \in \mathbb{R}^{C \times F}, b^{(l)} \in \mathbb{R}^{F}, \mathcal{N} \in \{0,1\}^{N \times N}

\sigma(x) = \max(0, x)
c_{ji} = \sqrt{|\mathcal{N}(j)|}\sqrt{|\mathcal{N}(i)|}
h_i^{(l+1)} = \sigma(b^{(l)} + \sum_{j\in\mathcal{N}(i)}\frac{1}{c_{ji}}h_j^{(l)}W^{(l)})
