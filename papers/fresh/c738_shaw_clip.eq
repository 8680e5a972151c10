% Self-attention with relative position representations, Shaw, Uszkoreit & Vaswani (2018), Eqs. 3, 5 and 6: the
% relative position representations w^K = (w^K_{-k}, ..., w^K_k) (prose: the 2k + 1 rows of w^K), clipped at k
x \in \mathbb{R}^{n \times d_x}, W^Q, W^K \in \mathbb{R}^{d_x \times d_z}, w^K \in \mathbb{R}^{(2k+1) \times d_z}

e_{ij} = \frac{x_i W^Q (x_j W^K + a^K_{ij})^T}{\sqrt{d_z}}
a^K_{ij} = w^K_{\mathrm{clip}(j-i,k)}
\mathrm{clip}(x, k) = \max(-k, \min(k, x))
