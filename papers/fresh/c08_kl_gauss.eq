% KL divergence between two univariate Gaussians (e.g. Kingma & Welling 2014 / standard result),
% element-wise over d independent dimensions and summed
\mu_1, \sigma_1, \mu_2, \sigma_2 \in \mathbb{R}^{d}

\mathrm{KL} = \sum_{i=1}^{d} \left( \log \frac{\sigma_{2,i}}{\sigma_{1,i}} + \frac{\sigma_{1,i}^2 + (\mu_{1,i} - \mu_{2,i})^2}{2\sigma_{2,i}^2} - \frac{1}{2} \right)
