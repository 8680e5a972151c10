% Linear discriminant functions, Hastie, Tibshirani & Friedman, ESL (2009), Eq. 4.10: \mu_k the class means
% (rows of \mu), \pi_k the priors, \Sigma the shared covariance (prose)
x \in \mathbb{R}^{p}, \mu \in \mathbb{R}^{K \times p}, \Sigma \in \mathbb{R}^{p \times p}, \pi \in \mathbb{R}^{K}

\delta_k(x) = x^T \Sigma^{-1} \mu_k - \frac{1}{2} \mu_k^T \Sigma^{-1} \mu_k + \log \pi_k
