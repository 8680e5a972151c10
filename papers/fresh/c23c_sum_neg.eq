x \in \mathbb{R}^{n}
y = \sum_i -x_i
