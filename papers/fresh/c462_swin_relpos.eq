% Swin Transformer, Liu et al. (2021), Eq. 4: self-attention with a relative position bias B (M^2 x M^2
% for a window of M x M patches; Q, K, V in R^{M^2 x d}, prose)
Q, K, V \in \mathbb{R}^{n \times d}, B \in \mathbb{R}^{n \times n}

\text{Attention}(Q, K, V) = \text{SoftMax}(QK^T/\sqrt{d} + B)V
