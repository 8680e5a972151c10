% KL between diagonal Gaussians, index i on vectors named with a subscript
\mu_1, \sigma_1, \mu_2, \sigma_2 \in \mathbb{R}^{d}

\mathrm{KL} = \sum_{i} \left( \log \frac{(\sigma_2)_i}{(\sigma_1)_i} + \frac{(\sigma_1)_i^2 + ((\mu_1)_i - (\mu_2)_i)^2}{2(\sigma_2)_i^2} - \frac{1}{2} \right)
