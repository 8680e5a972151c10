% Binary cross-entropy on a logit x with target y, as in PyTorch's BCEWithLogitsLoss;
% the logarithms of sigmoids are rewritten into stable softplus forms
x, y \in \mathbb{R}^{n}

\ell = -\left[y \log \sigma(x) + (1 - y)\log(1 - \sigma(x))\right]
