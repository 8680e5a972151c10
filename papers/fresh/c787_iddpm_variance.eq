% Improved DDPM, Nichol & Dhariwal (2021), Eq. 15: the learned variance interpolates between beta_t and
% tilde beta_t in the log domain, with one v per dimension output by the model
v \in \mathbb{R}^{d}, \beta_t, \tilde{\beta}_t \in \mathbb{R}

\Sigma_\theta(x_t, t) = \exp(v \log \beta_t + (1 - v) \log \tilde{\beta}_t)
