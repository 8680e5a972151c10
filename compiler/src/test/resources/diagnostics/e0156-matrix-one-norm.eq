W \in \mathbb{R}^{m \times n}
r = \|W\|_1
% ~ERROR E0156
