% scikit-learn user guide, 6.8.1: the cosine similarity, "if x and y are row vectors"
x, y \in \mathbb{R}^{d}
k(x, y) = \frac{x y^\top}{\|x\| \|y\|}
% ~WARNING W0463
