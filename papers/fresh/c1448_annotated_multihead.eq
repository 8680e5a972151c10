% The Annotated Transformer (Harvard NLP, 2018/2022), multi-head attention as printed (\mathrm{head_i} with the
% subscript inside \mathrm, "..." and the where-line); projections W^Q_i, W^K_i in R^{d_model x d_k},
% W^V_i in R^{d_model x d_v}, W^O in R^{h d_v x d_model} (prose); n positions
Q, K, V \in \mathbb{R}^{n \times d_{\text{model}}}
W^Q_i, W^K_i \in \mathbb{R}^{d_{\text{model}} \times d_k}, W^V_i \in \mathbb{R}^{d_{\text{model}} \times d_v}, i = 1, \ldots, h
W^O \in \mathbb{R}^{hd_v \times d_{\text{model}}}

\mathrm{Attention}(Q, K, V) = \mathrm{softmax}(\frac{QK^T}{\sqrt{d_k}})V
\mathrm{MultiHead}(Q, K, V) = \mathrm{Concat}(\mathrm{head_1}, ..., \mathrm{head_h})W^O \\ \text{where}~\mathrm{head_i} = \mathrm{Attention}(QW^Q_i, KW^K_i, VW^V_i)
