% A Gaussian (RBF) kernel matrix from a matrix of pairwise distances, as printed in spectral clustering and
% MMD papers: K = \exp(-D^2 / 2\sigma^2), each entry squared
D \in \mathbb{R}^{n \times n}, \sigma = 0.7

K = \exp\left(-\frac{D^2}{2\sigma^2}\right)
