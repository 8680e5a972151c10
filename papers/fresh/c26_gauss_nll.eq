% Heteroscedastic Gaussian negative log-likelihood, Nix & Weigend (1994); Kendall & Gal (2017), Eq. 5
% (without the constant): predicted mean \mu, predicted variance \sigma^2, targets y over N points
y, \mu, \sigma^2 \in \mathbb{R}^{N}

\mathcal{L} = \frac{1}{N} \sum_{i=1}^{N} \frac{1}{2} \left( \log \sigma_i^2 + \frac{(y_i - \mu_i)^2}{\sigma_i^2} \right)
