% Blondel & Roulet (2024), Sec. 3.? (Gaussian negative log-likelihood as a loss of a predicted mean and variance),
% from memory of the printing: \sigma^2 is an argument (the predicted variance)
\mu, \sigma^2, y \in \mathbb{R}

\ell(\mu, \sigma^2, y) := \frac{1}{2} \log(2 \pi \sigma^2) + \frac{(y - \mu)^2}{2 \sigma^2}
