% The squared Frobenius norm of a matrix as the trace of its Gram matrix
A \in \mathbb{R}^{m \times n}

F = \mathrm{tr}(A^\top A)
