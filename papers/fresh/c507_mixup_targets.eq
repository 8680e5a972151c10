% mixup, Zhang et al. (2018), Eq. 1 on the targets: one-hot label vectors y_i, y_j of two examples, given as
% the rows i and j picked beforehand (prose); lambda the mixing coefficient
y_i, y_j \in \mathbb{R}^{K}, \lambda \in \mathbb{R}

\tilde{y} = \lambda y_i + (1 - \lambda) y_j
