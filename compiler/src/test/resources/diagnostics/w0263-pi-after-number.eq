% A mixture density network's output density (Bishop 1994): the weights are named pi, and so is the number in sqrt(2 pi)
\pi, \mu, \sigma \in \mathbb{R}^{K}, t \in \mathbb{R}
p = \sum_{k=1}^{K} \pi_k \frac{1}{\sqrt{2\pi}\sigma_k} \exp\left( -\frac{(t - \mu_k)^2}{2\sigma_k^2} \right)
% ~WARNING W0263
H = -\sum_{k=1}^{K} \pi_k \log \pi_k
\rho = 2 \cdot \pi
