% t-SNE, van der Maaten & Hinton (2008), Eq. 4: Student-t similarities of the map points y_i
y \in \mathbb{R}^{n \times 2}

q_{ij} = \frac{\left(1 + \|y_i - y_j\|^2\right)^{-1}}{\sum_{k \neq l} \left(1 + \|y_k - y_l\|^2\right)^{-1}}
