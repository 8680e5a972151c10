% Ye et al. (ICLR 2025), Differential Transformer, Eq. 1, pasted from the printing; shapes from prose
Q_1, Q_2, K_1, K_2 \in \mathbb{R}^{N \times d}, V \in \mathbb{R}^{N \times 2d}, \lambda \in \mathbb{R}

\mathrm{DiffAttn}(X) = \left( \mathrm{softmax}\left(\frac{Q_1 K_1^T}{\sqrt{d}}\right) - \lambda\, \mathrm{softmax}\left(\frac{Q_2 K_2^T}{\sqrt{d}}\right) \right) V
