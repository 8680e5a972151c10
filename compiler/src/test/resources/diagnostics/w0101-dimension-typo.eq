% Attention with d_K where d_k was declared: eqc assumes a new scalar input and points out
% the declared name it resembles.
Q \in \mathbb{R}^{n \times d_k}, K \in \mathbb{R}^{m \times d_k}, V \in \mathbb{R}^{m \times d_v}
A = \mathrm{softmax}\left(\frac{Q K^T}{\sqrt{d_K}}\right) V
% ~WARNING W0101
