% Bilinear form / quadratic forms as printed everywhere (e.g. bilinear attention score
% Luong et al. 2015 "general": h_t^\top W_a \bar{h}_s; Mahalanobis distance)
u, v \in \mathbb{R}^{n}, A, B \in \mathbb{R}^{n \times n}

s_1 = u^\top A v
s_2 = u^\top (A + B) v
s_3 = u^\top (A + B)^{-1} v
s_4 = u^\top A^{-1} v
s_5 = u^\top A B v
