% mixup (Zhang et al. 2018): virtual training example from two examples and their one-hot labels
x_i, x_j \in \mathbb{R}^{d}, y_i, y_j \in \mathbb{R}^{C}, \lambda \in \mathbb{R}

\tilde{x} = \lambda x_i + (1 - \lambda) x_j
\tilde{y} = \lambda y_i + (1 - \lambda) y_j
