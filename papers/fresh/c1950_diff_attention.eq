% Differential Transformer, Ye et al. (ICLR 2025), Eqs. 1-2: differential attention of one head and its
% re-parameterised \lambda, from memory of the printing
Q_1, Q_2, K_1, K_2 \in \mathbb{R}^{N \times d}, V \in \mathbb{R}^{N \times 2d}, \lambda_{q_1}, \lambda_{k_1}, \lambda_{q_2}, \lambda_{k_2} \in \mathbb{R}^{d}, \lambda_{init} \in \mathbb{R}

\lambda = \exp(\lambda_{q_1} \cdot \lambda_{k_1}) - \exp(\lambda_{q_2} \cdot \lambda_{k_2}) + \lambda_{init}
\mathrm{DiffAttn}(X) = \left( \mathrm{softmax}\left( \frac{Q_1 K_1^T}{\sqrt{d}} \right) - \lambda \, \mathrm{softmax}\left( \frac{Q_2 K_2^T}{\sqrt{d}} \right) \right) V
