% Scaled dot-product attention with the softmax axis named, as labml writes it
% (Vaswani et al., 2017, Eq. 1): the softmax runs over the keys, m
Q \in \mathbb{R}^{n \times d_k}, K \in \mathbb{R}^{m \times d_k}, V \in \mathbb{R}^{m \times d_v}

\mathop{Attention}(Q, K, V) = \underset{m}{\mathop{softmax}}\Bigg(\frac{Q K^\top}{\sqrt{d_k}}\Bigg)V
