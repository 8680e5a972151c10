% A Gaussian kernel of a square matrix to a named power: inside the exponential, the matrix power and each
% entry's power cannot be told apart (outside one, SGC's S^K X is the matrix power).
S \in \mathbb{R}^{n \times n}, K = 2
Y = \exp(-S^K)
% ~ERROR E0150
