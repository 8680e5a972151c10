% Negative log-likelihood of a Laplace distribution with location mu and scale b (e.g. Kendall & Gal 2017, Eq. 8 without the constant)
y, \mu, b \in \mathbb{R}^{N}

\mathcal{L} = \frac{1}{N} \sum_{i=1}^{N} \left( \frac{|y_i - \mu_i|}{b_i} + \log b_i \right)
