% Bishop, PRML (2006), Eqs. (1.1) and (1.2) as printed (from memory of the printing): the polynomial of order M and
% the sum-of-squares error over the N training points x_n with targets t_n (prose: x = (x_1, ..., x_N)^T,
% t = (t_1, ..., t_N)^T); w the M+1 coefficients w_0 ... w_M
\mathbf{x}, \mathbf{t} \in \mathbb{R}^{N}, \mathbf{w} \in \mathbb{R}^{M+1}

y(x, \mathbf{w}) = w_0 + w_1 x + w_2 x^2 + \ldots + w_M x^M = \sum_{j=0}^{M} w_j x^j
E(\mathbf{w}) = \frac{1}{2}\sum_{n=1}^{N} \{y(x_n, \mathbf{w}) - t_n\}^2
