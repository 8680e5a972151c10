% Distributional RL with Quantile Regression, Dabney et al. (2018), Eqs. 9-10: the quantile Huber loss of the
% N temporal-difference errors u, each at its quantile midpoint \tau (prose)
u, \tau \in \mathbb{R}^{N}, \kappa \in \mathbb{R}

\mathcal{L}_\kappa(u) = \begin{cases} \frac{1}{2}u^2, & \text{if } |u| \le \kappa \\ \kappa(|u| - \frac{1}{2}\kappa), & \text{otherwise} \end{cases}
\rho^\kappa_\tau(u) = |\tau - \delta_{\{u < 0\}}|\frac{\mathcal{L}_\kappa(u)}{\kappa}
