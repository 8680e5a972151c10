% Attention weights with a typo in the function name.
Q \in \mathbb{R}^{n \times d_k}, K \in \mathbb{R}^{m \times d_k}
A = \mathrm{sofmax}\left(\frac{Q K^\top}{\sqrt{d_k}}\right)
% ~ERROR E0101
