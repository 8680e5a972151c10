% Mixture density networks (Bishop 1994): the conditional density of a scalar target t as a mixture of K Gaussians
\pi, \mu, \sigma \in \mathbb{R}^{K}, t \in \mathbb{R}

p(t \mid \mathbf{x}) = \sum_{k=1}^{K} \pi_k \frac{1}{\sqrt{2\pi}\sigma_k} \exp\left( -\frac{(t - \mu_k)^2}{2\sigma_k^2} \right)
