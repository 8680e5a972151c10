% Expected improvement, Brochu, Cora & de Freitas (2010), "A Tutorial on Bayesian Optimization", Eq. 4 as printed
% (from memory of the printing): \mu(\mathbf{x}), \sigma(\mathbf{x}) the GP posterior mean and standard deviation at x,
% f(\mathbf{x}^+) the best value so far; \Phi and \phi the standard normal CDF and PDF
\mu(\mathbf{x}), \sigma(\mathbf{x}), f(\mathbf{x}^+) \in \mathbb{R}

\mathrm{EI}(\mathbf{x}) = \begin{cases} (\mu(\mathbf{x}) - f(\mathbf{x}^+)) \Phi(Z) + \sigma(\mathbf{x}) \phi(Z) & \text{if } \sigma(\mathbf{x}) > 0 \\ 0 & \text{if } \sigma(\mathbf{x}) = 0 \end{cases}
Z = \frac{\mu(\mathbf{x}) - f(\mathbf{x}^+)}{\sigma(\mathbf{x})}
