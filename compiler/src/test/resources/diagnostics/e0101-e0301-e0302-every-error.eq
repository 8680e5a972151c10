% Three independent mistakes in one cross-attention block (the last a residual added to the
% query projection instead of the output): every one is reported in one run,
% each at its own place; the definition with the name error is left out of shape checking
% without hiding the others.
x \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{m \times d}
W_Q, W_K \in \mathbb{R}^{d \times d_k}, W_V \in \mathbb{R}^{d \times d_v}
Q = x W_Q
K = y W_K
V = y W_V
S = Q K
% ~ERROR E0301
A = \mathrm{sofmax}(S)
% ~ERROR E0101
O = x + Q
% ~ERROR E0302
