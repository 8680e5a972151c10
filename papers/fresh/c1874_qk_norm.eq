% Dehghani et al. (ICML 2023), ViT-22B QK layernorm / Wortsman et al. (2024) QK-RMSNorm, written from the printing:
% RMSNorm of each query row; q in R^{n x d}, g in R^d gain (prose)
q \in \mathbb{R}^{n \times d}, g \in \mathbb{R}^{d}, \epsilon \in \mathbb{R}

\hat{q}_{i} = \frac{q_{i}}{\sqrt{\frac{1}{d} \sum_{j=1}^{d} q_{ij}^2 + \epsilon}} \odot g
