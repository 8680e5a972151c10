% Gaussian processes for machine learning, Rasmussen & Williams (2006), Eq. 2.31: the noisy
% squared-exponential covariance of one-dimensional inputs x_p, x_q (Sec. 2.3 uses 1-d inputs)
x \in \mathbb{R}^{n}, \sigma_f, \ell, \sigma_n \in \mathbb{R}

K_{pq} = \sigma_f^2 \exp\left(-\frac{1}{2\ell^2}(x_p - x_q)^2\right) + \sigma_n^2 \delta_{pq}
