% A sum over named coordinates runs over positions 1..4 in the order written.
t \in \mathbb{R}^{4}
s = \sum_{i \in \{x, y, w, h\}} t_i
% ~WARNING W0148
