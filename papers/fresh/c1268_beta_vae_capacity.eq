% Understanding disentangling in beta-VAE, Burgess et al. (2018), Eq. 8 with the Gaussian KL of Kingma & Welling
% (2014), App. B: one data point, the encoder's mean and standard deviation over J latents and the decoder's
% log-likelihood given; C the capacity
\mu, \sigma \in \mathbb{R}^{J}, \log p_\theta(\mathbf{x}|\mathbf{z}), \gamma, C \in \mathbb{R}

D_{KL} = -\frac{1}{2} \sum_{j=1}^{J} \left(1 + \log((\sigma_j)^2) - (\mu_j)^2 - (\sigma_j)^2\right)
\mathcal{L}(\theta, \phi; \mathbf{x}, \mathbf{z}, C) = \log p_\theta(\mathbf{x}|\mathbf{z}) - \gamma \left| D_{KL} - C \right|
