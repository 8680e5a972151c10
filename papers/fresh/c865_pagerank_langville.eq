% Deeper inside PageRank, Langville & Meyer (2004), Sec. 4 (the power method on the raw hyperlink matrix H):
% pi^{(k)T} the current row vector, a the dangling-node indicator vector, e the vector of ones (prose: given)
\pi^{(k)}, \mathbf{a}, \mathbf{e} \in \mathbb{R}^{n}, \mathbf{H} \in \mathbb{R}^{n \times n}, \alpha \in \mathbb{R}

\pi^{(k+1)T} = \alpha \pi^{(k)T}\mathbf{H} + (\alpha \pi^{(k)T}\mathbf{a} + 1 - \alpha)\mathbf{e}^T/n
