% Attention weights normalised along d_k, which is not an axis of the scores [n, m].
Q \in \mathbb{R}^{n \times d_k}, K \in \mathbb{R}^{m \times d_k}
A = \underset{d_k}{\mathrm{softmax}}\left(\frac{Q K^\top}{\sqrt{d_k}}\right)
% ~ERROR E0304
