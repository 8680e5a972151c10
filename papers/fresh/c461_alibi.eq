% ALiBi, Press et al. (2022), Sec. 3: the attention scores of query i with the linear bias; m the
% head-specific slope (prose); q_i the i-th query, K the first i keys (causal), here all keys 1..i
\mathbf{q}_i \in \mathbb{R}^{d}, \mathbf{K} \in \mathbb{R}^{i \times d}, m \in \mathbb{R}

\mathrm{softmax}(\mathbf{q}_i \mathbf{K}^\top + m \cdot [-(i-1), \ldots, -2, -1, 0])
