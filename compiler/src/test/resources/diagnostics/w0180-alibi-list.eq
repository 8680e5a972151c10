% ALiBi, Press et al. (2022): the bias list is an arithmetic sequence of i values.
q \in \mathbb{R}^{1 \times d}, K \in \mathbb{R}^{i \times d}, m \in \mathbb{R}
a = \mathrm{softmax}\left(q K^\top + m \cdot [-(i-1), \ldots, -2, -1, 0]\right)
% ~WARNING W0180
