% Glow, Kingma & Dhariwal (2018), Table 1, actnorm: the per-channel affine map of an h x w x c tensor
% and its log-determinant
x \in \mathbb{R}^{h \times w \times c}, s, b \in \mathbb{R}^{c}

\forall i,j: y_{i,j} = s \odot x_{i,j} + b
\log\det = h \cdot w \cdot \mathrm{sum}(\log|s|)
