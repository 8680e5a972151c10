% Wikipedia, "Attention (machine learning)", the scaled dot-product attention as printed; n queries and m
% keys/values of width d_k and d_v
Q \in \mathbb{R}^{n \times d_k}, K \in \mathbb{R}^{m \times d_k}, V \in \mathbb{R}^{m \times d_v}

\text{Attention}(Q, K, V) = \text{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V
