% Modularity and community structure in networks, Newman (2006), Eq. 1 in the form with the Kronecker delta
% (as in Clauset, Newman & Moore 2004): k_i the degrees, m the number of edges, c_i the community of i
A \in \mathbb{R}^{n \times n}, c \in \{0, \dots, K-1\}^{n}

k_i = \sum_j A_{ij}
m = \frac{1}{2}\sum_{ij} A_{ij}
Q = \frac{1}{2m}\sum_{ij}\left[A_{ij} - \frac{k_i k_j}{2m}\right]\delta(c_i, c_j)
