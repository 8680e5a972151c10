% t-SNE, van der Maaten & Hinton (2008), Eq. 4: the normaliser over all pairs of map points.
y \in \mathbb{R}^{n \times 2}
Z = \sum_{k \neq l} \left(1 + \|y_k - y_l\|^2\right)^{-1}
% ~WARNING W0271
