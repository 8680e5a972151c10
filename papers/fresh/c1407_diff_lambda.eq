% Differential Transformer, Ye et al. (2024), Eq. 2 and Sec. 2.1: the learnable scalar \lambda re-parameterised
% by the vectors \lambda_{q_1}, \lambda_{k_1}, \lambda_{q_2}, \lambda_{k_2} \in R^d, with \lambda_init set from the
% layer index l (prose)
\boldsymbol{\lambda}_{q_1}, \boldsymbol{\lambda}_{k_1}, \boldsymbol{\lambda}_{q_2}, \boldsymbol{\lambda}_{k_2} \in \mathbb{R}^{d}, l \in \mathbb{N}

\lambda_{\text{init}} = 0.8 - 0.6 \times \exp(-0.3 \cdot (l - 1))
\lambda = \exp(\boldsymbol{\lambda}_{q_1} \cdot \boldsymbol{\lambda}_{k_1}) - \exp(\boldsymbol{\lambda}_{q_2} \cdot \boldsymbol{\lambda}_{k_2}) + \lambda_{\text{init}}
