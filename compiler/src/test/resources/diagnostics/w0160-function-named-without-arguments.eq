% Hadsell, Chopra & LeCun (2006) write the distance D_W without its arguments inside the loss, whose
% parameters are the distance's: eqc calls it at those names and says so.
\vec{X}_1, \vec{X}_2 \in \mathbb{R}^{n}, Y, m \in \mathbb{R}
D_W(\vec{X}_1, \vec{X}_2) = \|\vec{X}_1 - \vec{X}_2\|_2
L(Y, \vec{X}_1, \vec{X}_2) = (1 - Y)\frac{1}{2}(D_W)^2
% ~WARNING W0160
