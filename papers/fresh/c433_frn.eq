% Filter Response Normalization, Singh & Krishnan (2020), Eqs. 1-3: x = X_{b,:,:,c} the N = H x W
% responses of one filter (prose); gamma, beta, tau learned scalars of that filter
x \in \mathbb{R}^{N}, \gamma, \beta, \tau \in \mathbb{R}, \epsilon = 10^{-6}

\nu^2 = \sum_i x_i^2 / N
\hat{x} = \frac{x}{\sqrt{\nu^2 + \epsilon}}
y = \gamma \hat{x} + \beta
z = \max(y, \tau)
