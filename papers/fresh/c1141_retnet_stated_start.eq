% Sun et al. 2023, "Retentive Network", recurrent representation with the start S_0 = 0 written as a line,
% as the paper's text states it, and d_v = d (the dot-or-outer question has no size to settle it)
Q, K, V \in \mathbb{R}^{N \times d}, \gamma \in \mathbb{R}

S_0 = 0
S_n = \gamma S_{n-1} + K_n^\top V_n
\mathrm{Retention}(X_n) = Q_n S_n
