% Simple and scalable predictive uncertainty (deep ensembles), Lakshminarayanan et al. (2017), Sec. 2.4 as printed
% (from memory of the printing): the mixture's mean and variance from the M networks' Gaussian outputs at x (given,
% one value per network)
\mu_{\theta_m}(\mathbf{x}), \sigma^2_{\theta_m}(\mathbf{x}) \in \mathbb{R}^{M}

\mu_*(\mathbf{x}) = M^{-1} \sum_m \mu_{\theta_m}(\mathbf{x})
\sigma^2_*(\mathbf{x}) = M^{-1} \sum_m \left( \sigma^2_{\theta_m}(\mathbf{x}) + \mu^2_{\theta_m}(\mathbf{x}) \right) - \mu^2_*(\mathbf{x})
