% SOAP, Vyas et al. (ICLR 2025), Algorithm 1 (one step for a matrix layer, the eigenbases Q_L, Q_R given): the
% gradient rotated into Shampoo's eigenbasis, Adam's moments there, the update rotated back, from memory of
% the printing (no bias correction, as the algorithm box prints it)
G, M \in \mathbb{R}^{m \times n}, V' \in \mathbb{R}^{m \times n}, Q_L \in \mathbb{R}^{m \times m}, Q_R \in \mathbb{R}^{n \times n}, \beta_1, \beta_2, \eta, \epsilon \in \mathbb{R}

M_t = \beta_1 M + (1 - \beta_1) G
G' = Q_L^T G Q_R
M' = Q_L^T M_t Q_R
V'_t = \beta_2 V' + (1 - \beta_2) (G' \odot G')
N' = \frac{M'}{\sqrt{V'_t} + \epsilon}
N = Q_L N' Q_R^T
W_\Delta = -\eta N
