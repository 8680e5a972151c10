% Gaussian process predictive variance, Rasmussen & Williams (2006), Eq. 2.26 (Algorithm 2.1 without Cholesky)
K \in \mathbb{R}^{n \times n}, \mathbf{k}_* \in \mathbb{R}^{n}, k(\mathbf{x}_*, \mathbf{x}_*), \sigma_n \in \mathbb{R}

\mathbb{V}[f_*] = k(\mathbf{x}_*, \mathbf{x}_*) - \mathbf{k}_*^\top (K + \sigma_n^2 I)^{-1} \mathbf{k}_*
