% How Powerful are Graph Neural Networks? (GIN), Xu et al. (2019), Section 5.2, the GCN layer with its
% mean over the neighbours and the node itself; h^{(k-1)} the n x d node features, N(v) a 0/1
% adjacency matrix (declarations added)
h^{(k-1)} \in \mathbb{R}^{n \times d}, W \in \mathbb{R}^{f \times d}, \mathcal{N} \in \{0,1\}^{n \times n}

h_v^{(k)} = \mathrm{ReLU}\left(W \cdot \mathrm{MEAN}\left\{h_u^{(k-1)}, \forall u \in \mathcal{N}(v) \cup \{v\}\right\}\right)
