% Henry et al. 2020, "Query-Key Normalization for Transformers": l2-normalise each query and key, scale by g.
Q, K \in \mathbb{R}^{n \times d}, V \in \mathbb{R}^{n \times d_v}, g \in \mathbb{R}

\hat{Q}_i = \frac{Q_i}{\|Q_i\|_2}, \quad \hat{K}_i = \frac{K_i}{\|K_i\|_2}
\mathrm{Attention} = \mathrm{softmax}(g \cdot \hat{Q}\hat{K}^T)V
