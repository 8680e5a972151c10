% Ridge regression objective (Hastie et al., ESL Eq. 3.43) and its gradient in w
X \in \mathbb{R}^{N \times p}, y \in \mathbb{R}^{N}, w \in \mathbb{R}^{p}, \lambda \in \mathbb{R}

L = \|y - Xw\|_2^2 + \lambda \|w\|_2^2
g = \nabla_w L
\hat{w} = (X^\top X + \lambda I)^{-1} X^\top y
