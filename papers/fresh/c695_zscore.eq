% Feature standardisation (z-scores): each feature's mean and (population) standard deviation over N samples
X \in \mathbb{R}^{N \times d}

\mu_j = \frac{1}{N}\sum_{i=1}^{N} X_{ij}
\sigma_j = \sqrt{\frac{1}{N}\sum_{i=1}^{N}(X_{ij} - \mu_j)^2}
Z_{ij} = \frac{X_{ij} - \mu_j}{\sigma_j}
