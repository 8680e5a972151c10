% Dimensionality reduction by learning an invariant mapping, Hadsell, Chopra & LeCun (2006), Eq. 1
% and 4; G_W is the learned mapping, a linear map W here (helper). Y = 0 for similar pairs.
\vec{X}_1, \vec{X}_2 \in \mathbb{R}^{n}, W \in \mathbb{R}^{p \times n}, Y, m \in \mathbb{R}

G_W(\vec{X}) = W\vec{X}
D_W(\vec{X}_1, \vec{X}_2) = \|G_W(\vec{X}_1) - G_W(\vec{X}_2)\|_2
L(W, Y, \vec{X}_1, \vec{X}_2) = (1 - Y)\frac{1}{2}(D_W)^2 + (Y)\frac{1}{2}\{\max(0, m - D_W)\}^2
