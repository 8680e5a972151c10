% Katharopoulos et al. (ICML 2020), Eq. 5 (linear attention with a feature map), the form the 2025 gated
% linear-attention papers restate, from memory of the printing; \phi(Q_i), \phi(K_j) given (the feature map's values)
\phi(Q_i) \in \mathbb{R}^{N \times c}, \phi(K_j) \in \mathbb{R}^{N \times c}, V \in \mathbb{R}^{N \times d}

V'_i = \frac{\phi(Q_i)^T \sum_{j=1}^{N} \phi(K_j) V_j^T}{\phi(Q_i)^T \sum_{j=1}^{N} \phi(K_j)}
