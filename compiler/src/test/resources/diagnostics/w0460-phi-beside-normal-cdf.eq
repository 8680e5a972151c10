% Expected improvement (Brochu, Cora & de Freitas, 2010, Eq. 4), with sigma > 0: \Phi and \phi the standard normal CDF and PDF
m, s \in \mathbb{R}
EI = m \Phi(m / s) + s \phi(m / s)
% ~WARNING W0460
