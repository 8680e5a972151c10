% Quantile (pinball) loss, Koenker & Bassett (1978): \rho_\tau(u) = u(\tau - \mathbb{I}(u < 0)), averaged
y, \hat{y} \in \mathbb{R}^{n}, \tau \in \mathbb{R}

\rho_\tau(u) = u(\tau - \mathbb{1}[u < 0])
L = \frac{1}{n}\sum_{i=1}^{n} \rho_\tau(y_i - \hat{y}_i)
