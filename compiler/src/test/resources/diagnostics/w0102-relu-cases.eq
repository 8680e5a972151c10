% ReLU as two cases that leave x = 0 to no row, with no `otherwise` row: 0 there, said.
x \in \mathbb{R}^{d}
\mathrm{ReLU}(x) = \begin{cases} x & \text{if } x > 0 \\ 0 & \text{if } x < 0 \end{cases}
% ~WARNING W0102
