% NGCF's propagation layer: both groupings of the element-wise product and the square weight fit.
L \in \mathbb{R}^{n \times n}, E \in \mathbb{R}^{n \times d}, W \in \mathbb{R}^{d \times d}
Y = L E \odot E W
% ~WARNING W0391
