% Scaled dot-product attention as printed: d_k is declared nowhere, so it is the last axis of K at the call.
X \in \mathbb{R}^{n \times d}, W_q, W_k, W_v \in \mathbb{R}^{d \times e}
\mathrm{Attention}(Q,K,V) = \mathrm{softmax}(QK^\top/\sqrt{d_k})V
% ~WARNING W0103
% ~WARNING W0104
A = \mathrm{Attention}(X W_q, X W_k, X W_v)
