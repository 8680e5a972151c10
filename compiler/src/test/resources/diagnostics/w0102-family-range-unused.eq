% A family range on a declaration line whose names are not subscripted by its index:
% the range declares nothing, and eqc says so instead of dropping it.
W^Q \in \mathbb{R}^{d \times d_k}, i = 1, \ldots, h
% ~WARNING W0102
x \in \mathbb{R}^{d}
y = x W^Q
