% James et al., ISLR (2nd ed., 2021), Eq. 4.18 (LDA with one predictor), from memory of the printing: K classes,
% \mu_k the class means, \pi_k the priors, \sigma^2 the shared variance; x one observation (prose)
x \in \mathbb{R}, \mu, \pi \in \mathbb{R}^{K}, \sigma \in \mathbb{R}

\delta_k(x) = x \cdot \frac{\mu_k}{\sigma^2} - \frac{\mu_k^2}{2\sigma^2} + \log(\pi_k)
