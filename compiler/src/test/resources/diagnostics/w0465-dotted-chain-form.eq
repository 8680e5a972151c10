% Bishop, PRML (2006), Eq. 1.1: the polynomial written out, then as a sum
\mathbf{w} \in \mathbb{R}^{M+1}, x \in \mathbb{R}
y = w_0 + w_1 x + w_2 x^2 + \ldots + w_M x^M = \sum_{j=0}^{M} w_j x^j
% ~WARNING W0465
