% Gaussian mixture M step, Bishop PRML (2006), Eqs. 9.24, 9.26 and 9.27; gamma(z_{nk}) the
% responsibilities from the E step, x_n the data points, one row each
\mathbf{x} \in \mathbb{R}^{N \times D}, \gamma(z_{nk}) \in \mathbb{R}^{N \times K}

N_k = \sum_{n=1}^{N} \gamma(z_{nk})
\boldsymbol{\mu}_k^{new} = \frac{1}{N_k} \sum_{n=1}^{N} \gamma(z_{nk}) \mathbf{x}_n
\pi_k^{new} = \frac{N_k}{N}
