% RLOO: the leave-one-out baseline of each of k samples
R \in \mathbb{R}^{k}

b_i = \frac{1}{k-1}\sum_{j \neq i} R_j
% ~WARNING W0485
