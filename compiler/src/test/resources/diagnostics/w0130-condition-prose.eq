% A condition after a definition that gives no range of an index of its left-hand side is
% prose: skipped with a warning, never a syntax error.
x \in \mathbb{R}^{n}
v = 2 x ;\ \textrm{for all } s \in \mathcal{S}
% ~WARNING W0130
y_i = x_i + i \quad \text{for } i = 1, \dots, n
