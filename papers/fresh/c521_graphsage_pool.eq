% GraphSAGE, Hamilton et al. (2017), Eq. 3 (pooling aggregator): an element-wise max over the
% neighbours u_i of v; h^k the n x d node features, N(v) a 0/1 adjacency matrix, sigma the ReLU (prose)
h^k \in \mathbb{R}^{n \times d}, W_{\mathrm{pool}} \in \mathbb{R}^{p \times d}, b \in \mathbb{R}^{p}, \mathcal{N} \in \{0,1\}^{n \times n}

\sigma(x) = \max(0, x)
\mathrm{AGGREGATE}_k^{\mathrm{pool}} = \max(\{\sigma(W_{\mathrm{pool}} h_{u_i}^k + b), \forall u_i \in \mathcal{N}(v)\})
