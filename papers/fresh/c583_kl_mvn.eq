% KL divergence between two multivariate Gaussians (e.g. Duchi's notes; PRML Ex. 2.?) in d dimensions
\mu_1, \mu_2 \in \mathbb{R}^{d}, \Sigma_1, \Sigma_2 \in \mathbb{R}^{d \times d}

D_{KL}(\mathcal{N}_1 \| \mathcal{N}_2) = \frac{1}{2}\left[\log\frac{|\Sigma_2|}{|\Sigma_1|} - d + \mathrm{tr}(\Sigma_2^{-1}\Sigma_1) + (\mu_2 - \mu_1)^T \Sigma_2^{-1}(\mu_2 - \mu_1)\right]
