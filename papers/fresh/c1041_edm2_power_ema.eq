% Analyzing and improving the training dynamics of diffusion models (EDM2), Karras et al. (2024), Eqs. 1-2:
% the power-function EMA of the weights theta(t) at training step t
\hat{\theta}_\gamma(t-1), \theta(t) \in \mathbb{R}^{d}, \gamma, t \in \mathbb{R}

\beta_\gamma(t) = (1 - 1/t)^{\gamma+1}
\hat{\theta}_\gamma(t) = \beta_\gamma(t)\, \hat{\theta}_\gamma(t-1) + (1 - \beta_\gamma(t))\, \theta(t)
