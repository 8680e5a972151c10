% Differential Transformer (Ye et al., 2024), Eqs. 1-2: two softmax attention maps subtracted, with the learnable
% scalar lambda re-parameterised through dot products of four vectors
Q_1, Q_2, K_1, K_2 \in \mathbb{R}^{N \times d}, V \in \mathbb{R}^{N \times 2d}
\lambda_{q_1}, \lambda_{k_1}, \lambda_{q_2}, \lambda_{k_2} \in \mathbb{R}^{d}, \lambda_{\text{init}} = 0.8

\lambda = \exp(\lambda_{q_1} \cdot \lambda_{k_1}) - \exp(\lambda_{q_2} \cdot \lambda_{k_2}) + \lambda_{\text{init}}
\text{DiffAttn}(X) = (\text{softmax}(\frac{Q_1 K_1^T}{\sqrt{d}}) - \lambda~\text{softmax}(\frac{Q_2 K_2^T}{\sqrt{d}}))V
