% KL between diagonal Gaussians, vector form
\mu_1, \sigma_1, \mu_2, \sigma_2 \in \mathbb{R}^{d}

\mathrm{KL} = \sum \left( \log \frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2\sigma_2^2} - \frac{1}{2} \right)
