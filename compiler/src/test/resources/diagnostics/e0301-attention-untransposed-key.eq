% Attention scores without the transpose on K.
Q \in \mathbb{R}^{n \times d_k}, K \in \mathbb{R}^{m \times d_k}
S = \frac{Q K}{\sqrt{d_k}}
% ~ERROR E0301
