% What uncertainties do we need in Bayesian deep learning, Kendall & Gal (2017), Eq. 9 as printed (from memory of
% the printing): the predictive variance from T stochastic (MC dropout) forward passes, each giving a mean hat y_t
% and a variance hat sigma_t^2 of a D-dimensional output
\hat{\mathbf{y}}, \hat{\sigma}^2 \in \mathbb{R}^{T \times D}

\mathrm{Var}(\mathbf{y}) \approx \frac{1}{T} \sum_{t=1}^{T} \hat{\mathbf{y}}_t^2 - \left( \frac{1}{T} \sum_{t=1}^{T} \hat{\mathbf{y}}_t \right)^2 + \frac{1}{T} \sum_{t=1}^{T} \hat{\sigma}_t^2
