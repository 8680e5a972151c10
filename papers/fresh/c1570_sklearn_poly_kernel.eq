% scikit-learn user guide, 6.8.3 Polynomial kernel as printed (from memory of the printing): x, y two samples of n
% features, gamma, c_0 and the degree d given (prose: "where x, y are the input vectors and d is the kernel degree")
x, y \in \mathbb{R}^{n}, \gamma, c_0, d \in \mathbb{R}

k(x, y) = (\gamma x^\top y +c_0)^d
