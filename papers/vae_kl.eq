% Auto-Encoding Variational Bayes, Kingma & Welling (2014), Appendix B: the KL term of a Gaussian
% posterior against the standard normal prior (the printed left side opens a stray "((", dropped)
\boldsymbol{\mu}, \boldsymbol{\sigma} \in \mathbb{R}^{J}

-D_{KL}(q_{\boldsymbol{\phi}}(\mathbf{z}) || p_{\boldsymbol{\theta}}(\mathbf{z})) = \frac{1}{2}\sum_{j=1}^{J}\left(1 + \log((\sigma_j)^2) - (\mu_j)^2 - (\sigma_j)^2\right)
