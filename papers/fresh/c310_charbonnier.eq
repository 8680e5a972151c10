% Charbonnier loss as in LapSRN, Lai et al. (2017), Eq. 2: N samples, rho(x) = sqrt(x^2 + eps^2)
y, \hat{y} \in \mathbb{R}^{N}, \varepsilon \in \mathbb{R}

\rho(x) = \sqrt{x^2 + \varepsilon^2}
\mathcal{L} = \frac{1}{N} \sum_{i=1}^{N} \rho(y_i - \hat{y}_i)
