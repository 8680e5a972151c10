% nGPT, Loshchilov et al. (ICLR 2025), Sec. 2.3 (from memory): queries and keys normalised per token (row) and
% rescaled element-wise by the learned vector s_{qk}, then softmax with scale \sqrt{d_k}; the per-row normalisation
% written out with \|q_i\|
Q, K \in \mathbb{R}^{T \times d_k}, V \in \mathbb{R}^{T \times d_v}, \mathbf{s}_{qk} \in \mathbb{R}^{d_k}

\hat{q}_i = \frac{q_i}{\|q_i\|} \odot \mathbf{s}_{qk}
\hat{k}_j = \frac{k_j}{\|k_j\|} \odot \mathbf{s}_{qk}
\mathrm{Attn} = \mathrm{softmax}\left( \hat{Q} \hat{K}^\top \sqrt{d_k} \right) V
