% Transformers without Normalization (DyT), Zhu et al. (2025), Eq. 1: gamma, beta per channel (prose)
x \in \mathbb{R}^{N \times C}, \gamma, \beta \in \mathbb{R}^{C}, \alpha \in \mathbb{R}

\mathrm{DyT}(x) = \gamma * \tanh(\alpha x) + \beta
