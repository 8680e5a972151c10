% ALiBi, Press, Smith & Lewis (2022), §3: the attention distribution of query i over the first i
% keys with the head-specific slope m ("q_i \in R^{1 x d}, K \in R^{i x d}")
\mathbf{q}_i \in \mathbb{R}^{1 \times d}, \mathbf{K} \in \mathbb{R}^{i \times d}, m \in \mathbb{R}

\mathrm{softmax}\left(\mathbf{q}_i\mathbf{K}^\top + m \cdot [-(i-1), \ldots, -2, -1, 0]\right)
