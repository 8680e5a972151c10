% A gradient stated on the left-hand side: give the result a name, like g_W = …
W \in \mathbb{R}^{d \times d}, x, \delta \in \mathbb{R}^{d}
\frac{\partial L}{\partial W} = \delta x^\top
% ~ERROR E0107
