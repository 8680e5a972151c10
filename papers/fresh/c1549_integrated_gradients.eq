% Integrated gradients, Sundararajan et al. (2017), Sec. 5 (the Riemann approximation) as printed (from memory of the
% printing); the model F is ours, a logistic unit of weights w, so that the derivative is defined in the file
\mathbf{x}, \mathbf{x}', \mathbf{w} \in \mathbb{R}^{n}, m \in \mathbb{N}

F(\mathbf{x}) = \sigma(\mathbf{w}^\top \mathbf{x})
\mathrm{IntegratedGrads}_i^{approx}(x) ::= (x_i - x'_i) \times \sum_{k=1}^{m} \frac{\partial F(x' + \frac{k}{m} \times (x - x'))}{\partial x_i} \times \frac{1}{m}
