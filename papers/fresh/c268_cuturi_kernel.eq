% Sinkhorn distances, Cuturi (2013), Sec. 4 / Algorithm 1: K := e^{-lambda M}, element-wise (prose:
% "the elementwise exponential")
M \in \mathbb{R}^{n \times n}, \lambda \in \mathbb{R}

K = e^{-\lambda M}
