% Matryoshka Representation Learning, Kusupati et al. (NeurIPS 2022), Eq. 1 (from memory, one example, with the
% per-granularity losses L(W^{(m)} z_{1:m}; y) given as a vector over the nesting set M and importance c_m, both
% declared from the prose)
c, \mathcal{L}(\mathbf{W}^{(m)} \cdot z_{1:m}; y) \in \mathbb{R}^{|\mathcal{M}|}

\min_{\{\mathbf{W}^{(m)}\}_{m \in \mathcal{M}}, \theta_F} \frac{1}{N} \sum_{i \in [N]} \sum_{m \in \mathcal{M}} c_m \cdot \mathcal{L}(\mathbf{W}^{(m)} \cdot F(x_i; \theta_F)_{1:m}; y_i)
