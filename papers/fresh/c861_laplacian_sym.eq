% von Luxburg (2007), Sec. 3.2, Eq. for L_sym: the symmetric normalised Laplacian, with L = D - W and D the
% degree matrix (Sec. 2: D_{ii} = d_i = \sum_j w_{ij})
W \in \mathbb{R}^{n \times n}

D_{ii} = \sum_{j=1}^{n} w_{ij}
L = D - W
L_{\text{sym}} := D^{-1/2} L D^{-1/2} = I - D^{-1/2} W D^{-1/2}
