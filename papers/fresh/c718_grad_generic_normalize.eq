% A generic function applied to a matrix-vector product, and the gradient of a squared error in W
W \in \mathbb{R}^{m \times n}, x \in \mathbb{R}^{n}, t \in \mathbb{R}^{m}

f(x) = \frac{x}{\|x\|_2}
L = \|f(Wx) - t\|^2
g = \nabla_W L
