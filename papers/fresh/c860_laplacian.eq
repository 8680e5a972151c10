% A tutorial on spectral clustering, von Luxburg (2007), Sec. 2 and 3.1: the degrees d_i of the weighted
% adjacency W, the degree matrix with d_1, ..., d_n on the diagonal, the unnormalised Laplacian
W \in \mathbb{R}^{n \times n}

d_i = \sum_{j=1}^{n} w_{ij}
D = \mathrm{diag}(d_1, \dots, d_n)
L = D - W
