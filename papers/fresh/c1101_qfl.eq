% Generalized focal loss, Li et al. (2020), Eq. 5: the quality focal loss of n predictions sigma against
% their IoU quality targets y in [0, 1] (prose)
\sigma, y \in \mathbb{R}^{n}, \beta \in \mathbb{R}

\mathbf{QFL}(\sigma) = -|y - \sigma|^{\beta}\big((1 - y)\log(1 - \sigma) + y\log(\sigma)\big)
