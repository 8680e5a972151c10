% DDIM, Song et al. (2021), Eq. 12 with sigma_t = 0 (deterministic), alpha the cumulative product
x_t, \epsilon \in \mathbb{R}^{d}, \alpha_t, \alpha_{t-1} \in \mathbb{R}

x_{t-1} = \sqrt{\alpha_{t-1}} \left( \frac{x_t - \sqrt{1 - \alpha_t} \epsilon}{\sqrt{\alpha_t}} \right) + \sqrt{1 - \alpha_{t-1}} \cdot \epsilon
