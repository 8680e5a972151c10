% Differential Transformer, Ye et al. (2025), Eq. 1: differential attention of one head; Q_1, Q_2, K_1, K_2 \in
% R^{N x d} are the two halves of the projections (prose), W^Q, W^K, W^V \in R^{d_model x 2d}
X \in \mathbb{R}^{N \times d_{\mathrm{model}}}, W^Q, W^K, W^V \in \mathbb{R}^{d_{\mathrm{model}} \times 2d}, \lambda \in \mathbb{R}

[Q_1; Q_2] = XW^Q, \quad [K_1; K_2] = XW^K, \quad V = XW^V
\mathrm{DiffAttn}(X) = (\mathrm{softmax}(\frac{Q_1 K_1^T}{\sqrt{d}}) - \lambda\ \mathrm{softmax}(\frac{Q_2 K_2^T}{\sqrt{d}})) V
