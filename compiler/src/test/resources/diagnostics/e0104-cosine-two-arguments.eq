% Cosine similarity written as \cos(u, v): \cos is the trigonometric cosine of one argument.
u, v \in \mathbb{R}^{d}
s = \cos(u, v)
% ~ERROR E0104
