% PRML's M step: the effective number of points of each component from the responsibilities
\gamma(z_{nk}) \in \mathbb{R}^{N \times K}

M_k = \sum_{n=1}^{N} \gamma(z_{nk})
% ~WARNING W0487
