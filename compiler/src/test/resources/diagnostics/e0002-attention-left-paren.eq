% Scaled dot-product attention (Vaswani et al., 2017, Eq. 1) with `\right)` forgotten:
% the parenthesis opened by `\left(` is never closed, so the statement runs to the end of
% the file and the error points where it was opened.
Q \in \mathbb{R}^{n \times d_k}, K \in \mathbb{R}^{m \times d_k}, V \in \mathbb{R}^{m \times d_v}
\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\left(\frac{Q K^\top}{\sqrt{d_k}} V
% ~ERROR E0002
