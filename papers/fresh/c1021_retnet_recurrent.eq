% Sun et al. 2023, "Retentive Network", Eq. (recurrent representation): S_0 = 0, n = 1, ..., |x|.
Q, K \in \mathbb{R}^{N \times d}, V \in \mathbb{R}^{N \times d_v}, \gamma \in \mathbb{R}

S_n = \gamma S_{n-1} + K_n^\top V_n
\mathrm{Retention}(X_n) = Q_n S_n
