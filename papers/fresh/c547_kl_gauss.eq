% KL divergence between two univariate Gaussians (as textbooks and the VAE literature print it), per dimension
% for d independent coordinates (prose)
\mu_1, \mu_2, \sigma_1, \sigma_2 \in \mathbb{R}^{d}

D_{KL}(\mathcal{N}(\mu_1, \sigma_1^2) \parallel \mathcal{N}(\mu_2, \sigma_2^2)) = \log \frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2 \sigma_2^2} - \frac{1}{2}
