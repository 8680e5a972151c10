% Peyre & Cuturi, Computational Optimal Transport (2019), Sec. 4.4 (the log-domain Sinkhorn update of the dual
% potential f), written entry by entry from memory of the printing: C the cost, a the first marginal, g^(l) the
% current second potential
C \in \mathbb{R}^{n \times m}, a \in \mathbb{R}^{n}, g^{(\ell)} \in \mathbb{R}^{m}, \varepsilon = 0.5

f_i^{(\ell+1)} = \varepsilon \log a_i - \varepsilon \log \sum_{j} \exp\left(\frac{g_j^{(\ell)} - C_{i,j}}{\varepsilon}\right)
