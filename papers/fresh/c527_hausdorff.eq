% Hausdorff distance between point sets X, Y with the Euclidean distance d(x, y) = ||x - y|| (as in
% e.g. Karimi & Salcudean 2019, Eq. 1); X, Y given as n and m points in R^D (added declaration)
X \in \mathbb{R}^{n \times D}, Y \in \mathbb{R}^{m \times D}

d(x, y) = \|x - y\|
d_H(X, Y) = \max\{\sup_{x \in X} \inf_{y \in Y} d(x, y), \sup_{y \in Y} \inf_{x \in X} d(x, y)\}
