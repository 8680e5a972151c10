% Reading rule: (\cdot)^{-1} of a square matrix is the matrix inverse, I the identity of matching size
A \in \mathbb{R}^{n \times n}

B = (A + I)^{-1}
