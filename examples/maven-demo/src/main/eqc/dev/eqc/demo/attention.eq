% Single-head self-attention (Vaswani et al., 2017, Eq. 1 and §3.2.2 with h = 1):
% project the inputs, attend with scaled dot products, project back
X \in \mathbb{R}^{n \times d_{model}}
W^Q, W^K \in \mathbb{R}^{d_{model} \times d_k}, W^V \in \mathbb{R}^{d_{model} \times d_v}
W^O \in \mathbb{R}^{d_v \times d_{model}}

% Scaled dot-product attention
\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V
% Self-attention: queries, keys and values are projections of the same sequence
\mathrm{SelfAttention}(X) = \mathrm{Attention}(XW^Q, XW^K, XW^V)W^O
