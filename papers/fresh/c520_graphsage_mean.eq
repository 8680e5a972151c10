% Inductive representation learning on large graphs (GraphSAGE), Hamilton et al. (2017), Eq. 2 (the
% mean-based aggregator, "convolutional" variant) with sigma the ReLU; the graph N(v) given as a 0/1
% adjacency matrix and h^{k-1} the n x d node features (added declarations, prose)
h^{k-1} \in \mathbb{R}^{n \times d}, W \in \mathbb{R}^{f \times d}, \mathcal{N} \in \{0,1\}^{n \times n}

\sigma(x) = \max(0, x)
h_v^k = \sigma(W \cdot \mathrm{MEAN}(\{h_v^{k-1}\} \cup \{h_u^{k-1}, \forall u \in \mathcal{N}(v)\}))
