% Reading rule: (Ax)^\top y is the dot product of Ax with y (a scalar)
A \in \mathbb{R}^{m \times n}, x \in \mathbb{R}^{n}, y \in \mathbb{R}^{m}

s = (Ax)^\top y
