% Zhang et al., Dive into Deep Learning, Sec. 12.6 (momentum), as printed: a convex quadratic and its form about the minimum
\mathbf{x}, \mathbf{c} \in \mathbb{R}^{d}, \mathbf{Q} \in \mathbb{R}^{d \times d}, b \in \mathbb{R}

$$h(\mathbf{x}) = \frac{1}{2} \mathbf{x}^\top \mathbf{Q} \mathbf{x} + \mathbf{x}^\top \mathbf{c} + b.$$
$$g = \frac{1}{2} (\mathbf{x} - \mathbf{Q}^{-1} \mathbf{c})^\top \mathbf{Q} (\mathbf{x} - \mathbf{Q}^{-1} \mathbf{c}) + b - \frac{1}{2} \mathbf{c}^\top \mathbf{Q}^{-1} \mathbf{c}.$$
