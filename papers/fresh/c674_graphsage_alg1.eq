% GraphSAGE, Hamilton et al. (2017), Algorithm 1, lines 4, 5 and 7 with the mean aggregator (prose);
% h^{k-1} the n x d node features, N(v) a 0/1 adjacency matrix, sigma the ReLU (declarations added)
\mathbf{h}^{k-1} \in \mathbb{R}^{n \times d}, \mathbf{W}^k \in \mathbb{R}^{f \times 2d}, \mathcal{N} \in \{0,1\}^{n \times n}

\sigma(x) = \max(0, x)
\mathbf{h}^k_{\mathcal{N}(v)} \leftarrow \mathrm{MEAN}(\{\mathbf{h}_u^{k-1}, \forall u \in \mathcal{N}(v)\})
\mathbf{h}_v^k \leftarrow \sigma\left(\mathbf{W}^k \cdot \mathrm{CONCAT}(\mathbf{h}_v^{k-1}, \mathbf{h}^k_{\mathcal{N}(v)})\right)
\mathbf{h}_v^k \leftarrow \mathbf{h}_v^k / \|\mathbf{h}_v^k\|_2
