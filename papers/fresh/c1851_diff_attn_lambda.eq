% Ye et al. (ICLR 2025), Differential Transformer, Eq. 2 (lambda re-parameterisation), pasted from the printing;
% shapes from prose: lambda_{q1}, lambda_{k1}, lambda_{q2}, lambda_{k2} in R^d, \lambda_{init} scalar
\lambda_{q_1}, \lambda_{k_1}, \lambda_{q_2}, \lambda_{k_2} \in \mathbb{R}^{d}, \lambda_{init} \in \mathbb{R}

\lambda = \exp(\lambda_{q_1} \cdot \lambda_{k_1}) - \exp(\lambda_{q_2} \cdot \lambda_{k_2}) + \lambda_{init}
