% RoFormer: a set written as a definition of theta_i over its range.
x \in \mathbb{R}^{d}
\Theta = \left\{\theta_i = 10000^{-2(i-1)/d}, i \in [1, 2, \ldots, d/2]\right\}
% ~WARNING W0182
% ~ERROR E0110
