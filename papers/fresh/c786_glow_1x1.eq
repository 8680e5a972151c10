% Glow, Kingma & Dhariwal (2018), Table 1, invertible 1x1 convolution: y_{i,j} = W x_{i,j} at every
% position, and its log-determinant
x \in \mathbb{R}^{h \times w \times c}, W \in \mathbb{R}^{c \times c}

\forall i,j: y_{i,j} = W x_{i,j}
\log\det = h \cdot w \cdot \log|\det(W)|
