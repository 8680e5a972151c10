% Mip-NeRF integrated encoding (Barron et al., 2021, Eq. 14): a column of two vector cells
\mu, s \in \mathbb{R}^{d}
\gamma = \begin{bmatrix} \sin(\mu) \circ s \\ \cos(\mu) \circ s \end{bmatrix}
% ~WARNING W0492
