% Inductive representation learning on large graphs (GraphSAGE), Hamilton, Ying & Leskovec (2017),
% Algorithm 1, line 5, for one node v: \mathbf{h}^k_{\mathcal{N}(v)} is the aggregated neighbourhood
% vector of line 4 (given), \sigma a ReLU (helper)
\mathbf{h}_v^{k-1}, \mathbf{h}^k_{\mathcal{N}(v)} \in \mathbb{R}^{d}, \mathbf{W}^k \in \mathbb{R}^{d_o \times 2d}

\sigma(x) = \max(0, x)
\mathbf{h}_v^k \leftarrow \sigma\left(\mathbf{W}^k \cdot \mathrm{CONCAT}(\mathbf{h}_v^{k-1}, \mathbf{h}^k_{\mathcal{N}(v)})\right)
