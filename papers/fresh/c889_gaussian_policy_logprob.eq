% OpenAI Spinning Up, "Diagonal Gaussian policies": the log-likelihood of a k-dimensional action a under
% the mean \mu and standard deviation \sigma (prose)
a, \mu, \sigma \in \mathbb{R}^{k}

\log \pi_{\theta}(a|s) = -\frac{1}{2}\left(\sum_{i=1}^k \left(\frac{(a_i - \mu_i)^2}{\sigma_i^2} + 2 \log \sigma_i \right) + k \log 2\pi \right)
