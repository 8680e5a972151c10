% Probability of improvement, Brochu et al. (2010), Eq. 2 (Kushner's PI with the trade-off \xi) as printed (from
% memory of the printing): GP posterior mean and deviation at x, best value f(x^+) (prose)
\mu(\mathbf{x}), \sigma(\mathbf{x}), f(\mathbf{x}^+), \xi \in \mathbb{R}

\mathrm{PI}(\mathbf{x}) = P(f(\mathbf{x}) \geq f(\mathbf{x}^+) + \xi) = \Phi\left(\frac{\mu(\mathbf{x}) - f(\mathbf{x}^+) - \xi}{\sigma(\mathbf{x})}\right)
