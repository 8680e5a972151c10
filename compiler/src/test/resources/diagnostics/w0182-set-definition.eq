% RoFormer: a set written as a definition of theta_i over its range; nothing Theta uses gives d, so
% Theta takes it as a size (W0195).
x \in \mathbb{R}^{d}
\Theta = \left\{\theta_i = 10000^{-2(i-1)/d}, i \in [1, 2, \ldots, d/2]\right\}
% ~WARNING W0182
% ~WARNING W0195
