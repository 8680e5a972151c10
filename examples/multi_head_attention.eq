% Multi-head attention (Vaswani et al., 2017, §3.2.2), as printed. Q, K and V are left
% undeclared: MultiHead takes them at d_model and Attention at d_k. Attention is generic (W0103):
% each call takes the shapes of its arguments, here the projections QW_i^Q, KW_i^K, VW_i^V.
W_i^Q, W_i^K \in \mathbb{R}^{d_{model} \times d_k}, W_i^V \in \mathbb{R}^{d_{model} \times d_v}, i = 1, \ldots, h
W^O \in \mathbb{R}^{h d_v \times d_{model}}

% Scaled dot-product attention (Eq. 1)
\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V
% One head per projection W_i^Q, W_i^K, W_i^V: a family of h attention outputs
\mathrm{head}_i = \mathrm{Attention}(QW_i^Q, KW_i^K, VW_i^V)
% The heads side by side, projected back to d_model
\mathrm{MultiHead}(Q, K, V) = \mathrm{Concat}(\mathrm{head}_1, \ldots, \mathrm{head}_h)W^O
