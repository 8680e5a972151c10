% A causal mask [n, n] added to cross-attention scores [n, m].
Q \in \mathbb{R}^{n \times d_k}, K \in \mathbb{R}^{m \times d_k}, M \in \mathbb{R}^{n \times n}
S = \frac{Q K^\top}{\sqrt{d_k}} + M
% ~ERROR E0302
