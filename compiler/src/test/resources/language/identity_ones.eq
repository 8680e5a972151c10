% docs/LANGUAGE.md, Vocabulary: the identity and the ones vector, sized by their use.
X \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}, \lambda \in \mathbb{R}, W \in \mathbb{R}^{d \times d}
w = (X^\top X + \lambda I)^{-1} X^\top y
A = W + I_d
s = \mathbf{1}^\top y
C = X - \frac{1}{n}\mathbf{1}\mathbf{1}^\top X
L = \sum_i \sum_j C_{ij}^2 + \mathbf{1}_d^\top (W + I) \mathbf{1}
g = \nabla_X L
