% Swin Transformer (Liu et al. 2021), eq. (4): self-attention in an M x M window with a relative position bias B
Q, K, V \in \mathbb{R}^{M^2 \times d}, B \in \mathbb{R}^{M^2 \times M^2}

\mathrm{Attention}(Q, K, V) = \mathrm{SoftMax}(QK^T/\sqrt{d} + B)V
