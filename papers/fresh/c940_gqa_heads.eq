% Grouped-query attention (Ainslie et al., 2023, Sec. 2.2): h query heads share G key-value heads, query head i
% reading the key and value projections of group \lceil iG/h \rceil; as restated in public notes on GQA
Q, K, V \in \mathbb{R}^{n \times d_{model}}
W_i^Q \in \mathbb{R}^{d_{model} \times d_k}, i = 1, \ldots, h
W_g^K, W_g^V \in \mathbb{R}^{d_{model} \times d_k}, g = 1, \ldots, G
h = 4, G = 2

\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V
\mathrm{head}_i = \mathrm{Attention}(QW_i^Q, KW_{\lceil iG/h \rceil}^K, VW_{\lceil iG/h \rceil}^V)
