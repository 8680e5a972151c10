% Sutton & Barto, Reinforcement Learning (2nd ed.), Section 13.7, Eqs. 13.18-13.19 (Gaussian policy for continuous
% actions, mean linear and standard deviation exponential-linear in the features), as printed; one state's feature
% vectors x_mu(s), x_sigma(s) given
\mathbf{x}_\mu(s) \in \mathbb{R}^{d}, \mathbf{x}_\sigma(s) \in \mathbb{R}^{d}, \boldsymbol{\theta}_\mu \in \mathbb{R}^{d}, \boldsymbol{\theta}_\sigma \in \mathbb{R}^{d}, a \in \mathbb{R}

\pi(a|s, \boldsymbol{\theta}) \doteq \frac{1}{\sigma(s, \boldsymbol{\theta}) \sqrt{2\pi}} \exp\left(-\frac{(a - \mu(s, \boldsymbol{\theta}))^2}{2\sigma(s, \boldsymbol{\theta})^2}\right)
\mu(s, \boldsymbol{\theta}) \doteq \boldsymbol{\theta}_\mu^\top \mathbf{x}_\mu(s) \quad \text{and} \quad \sigma(s, \boldsymbol{\theta}) \doteq \exp\left(\boldsymbol{\theta}_\sigma^\top \mathbf{x}_\sigma(s)\right)
