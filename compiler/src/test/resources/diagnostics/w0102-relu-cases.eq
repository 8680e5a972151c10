% ReLU as two cases that cover every x, but with no `otherwise` row.
x \in \mathbb{R}^{d}
\mathrm{ReLU}(x) = \begin{cases} x & \text{if } x > 0 \\ 0 & \text{if } x \le 0 \end{cases}
% ~WARNING W0102
