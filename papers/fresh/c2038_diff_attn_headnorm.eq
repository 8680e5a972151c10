% Differential Transformer, Ye et al. (ICLR 2025), Eq. 3 (from memory): the head output normalised per head and
% scaled by (1 - \lambda_{init}) with \cdot; LN(\cdot) is RMSNorm over each token's row of the head (prose:
% "each head is normalised independently"), written out here as its definition with learnable gain dropped
\mathrm{head} \in \mathbb{R}^{N \times d}, \lambda_{init}, \epsilon \in \mathbb{R}

\mathrm{LN}(x) = \frac{x}{\sqrt{\frac{1}{d} \sum_{k=1}^{d} x_k^2 + \epsilon}}
\overline{\mathrm{head}} = (1 - \lambda_{init}) \cdot \mathrm{LN}(\mathrm{head})
