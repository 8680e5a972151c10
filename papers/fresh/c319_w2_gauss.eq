% 2-Wasserstein distance between 1-D Gaussians (e.g. Givens & Shortt 1984, scalar case)
\mu_1, \mu_2, \sigma_1, \sigma_2 \in \mathbb{R}

W_2^2 = (\mu_1 - \mu_2)^2 + (\sigma_1 - \sigma_2)^2
