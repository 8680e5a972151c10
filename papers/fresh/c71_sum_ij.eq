x \in \mathbb{R}^{n \times d}

s = \sum_{i,j} x_{ij}
