% Vaswani et al. (2017), Eq. 1, with the decoder's additive mask M (0 where allowed, a large negative number elsewhere)
Q \in \mathbb{R}^{n \times d_k}, K \in \mathbb{R}^{n \times d_k}, V \in \mathbb{R}^{n \times d_v}, M \in \mathbb{R}^{n \times n}

\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\left(\frac{QK^T}{\sqrt{d_k}} + M\right)V
