% Modularity, Newman (2006), Eq. 1 with the Kronecker delta written as a function of two community labels.
A \in \mathbb{R}^{n \times n}, k \in \mathbb{R}^{n}, c \in \{0, \dots, K-1\}^{n}, m \in \mathbb{R}
Q = \frac{1}{2m}\sum_{ij}\left[A_{ij} - \frac{k_i k_j}{2m}\right]\delta(c_i, c_j)
% ~WARNING W0310
