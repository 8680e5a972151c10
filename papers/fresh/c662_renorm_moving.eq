% Batch Renormalization, Ioffe (2017), Algorithm 1, the moving-average updates after the step
% (mu_B, sigma_B the mini-batch statistics of d activations, alpha the update rate; declarations added)
\mu, \sigma, \mu_\mathcal{B}, \sigma_\mathcal{B} \in \mathbb{R}^{d}, \alpha \in \mathbb{R}

\mu := \mu + \alpha(\mu_\mathcal{B} - \mu)
\sigma := \sigma + \alpha(\sigma_\mathcal{B} - \sigma)
