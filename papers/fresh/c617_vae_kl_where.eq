% The VAE's KL term (Kingma & Welling, 2014, App. B) with the variance given after the line through the
% log-variance the encoder outputs
\mu, \ell \in \mathbb{R}^{J}

D = -\frac{1}{2}\sum_{j=1}^{J}\left(1 + \log \sigma_j^2 - \mu_j^2 - \sigma_j^2\right), \quad \text{where } \sigma_j^2 = \exp(\ell_j)
