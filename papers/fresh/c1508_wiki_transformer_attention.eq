% Wikipedia, "Transformer (deep learning architecture)", scaled dot-product attention as printed (\mathrm{T}
% transpose); n queries, m keys/values of width d_k, d_v. Printing as remembered (not fetched).
Q \in \mathbb{R}^{n \times d_k}, K \in \mathbb{R}^{m \times d_k}, V \in \mathbb{R}^{m \times d_v}

\text{Attention}(Q, K, V) = \text{softmax}\left(\frac{QK^\mathrm{T}}{\sqrt{d_k}}\right)V
