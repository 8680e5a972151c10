% Differential entropy of a Gaussian (Cover & Thomas Eq. 8.9 / Bishop Eq. 1.110): H = \frac{1}{2}\log 2\pi e\sigma^2,
% and the Gaussian log-density with the same unparenthesised log argument
\sigma, x, \mu \in \mathbb{R}

H = \frac{1}{2}\log 2\pi e\sigma^2
\ell = -\frac{1}{2}\log 2\pi\sigma^2 - \frac{(x - \mu)^2}{2\sigma^2}
