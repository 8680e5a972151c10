% gMLP, Liu et al. (2021), Eq. 2 and the split form of the spatial gating unit: Z split into halves Z_1, Z_2 along
% the channels, W \in R^{n x n} over the n tokens and b the token-specific biases (prose)
Z_1, Z_2 \in \mathbb{R}^{n \times d/2}, W \in \mathbb{R}^{n \times n}, b \in \mathbb{R}^{n}

f_{W,b}(Z) = WZ + b
s(Z) = Z_1 \odot f_{W,b}(Z_2)
