% Multi-head attention (Vaswani et al., 2017, Sec. 3.2.2) as printed, with the queries, keys and values declared as
% the prose gives them (n positions of width d_model): Attention's parameters are then local to it (W0265)
Q, K, V \in \mathbb{R}^{n \times d_{model}}
W_i^Q, W_i^K \in \mathbb{R}^{d_{model} \times d_k}, W_i^V \in \mathbb{R}^{d_{model} \times d_v}, i = 1, \ldots, h
W^O \in \mathbb{R}^{h d_v \times d_{model}}

\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V
\mathrm{head}_i = \mathrm{Attention}(QW_i^Q, KW_i^K, VW_i^V)
\mathrm{MultiHead}(Q, K, V) = \mathrm{Concat}(\mathrm{head}_1, \ldots, \mathrm{head}_h)W^O
