% Goodfellow, Bengio & Courville, Deep Learning, Eq. 9.6 (cross-correlation, what most libraries call convolution),
% as printed; a 2-D image I and kernel K, valid positions only
I \in \mathbb{R}^{H \times W}, K \in \mathbb{R}^{k \times k}

S(i, j) = (K * I)(i, j) = \sum_m \sum_n I(i + m, j + n) K(m, n)
