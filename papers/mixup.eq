% mixup: beyond empirical risk minimization, Zhang, Cisse, Dauphin & Lopez-Paz (2018), §2: virtual
% training examples, as printed with their "where" clauses
x_i, x_j \in \mathbb{R}^{d}, y_i, y_j \in \mathbb{R}^{K}, \lambda \in \mathbb{R}

\tilde{x} = \lambda x_i + (1 - \lambda) x_j, \quad \text{where } x_i, x_j \text{ are raw input vectors}
\tilde{y} = \lambda y_i + (1 - \lambda) y_j, \quad \text{where } y_i, y_j \text{ are one-hot label encodings}
