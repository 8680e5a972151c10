% Self-attention scores are [n, n]: softmax along n does not say which axis.
Q, K \in \mathbb{R}^{n \times d_k}
A = \underset{n}{\mathrm{softmax}}\left(\frac{Q K^\top}{\sqrt{d_k}}\right)
% ~ERROR E0304
