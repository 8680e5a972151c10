% Rasmussen & Williams (2006), Sec. 4.2.1 Eq. 4.19: the rational quadratic covariance, from memory of the printing;
% r, alpha, ell numbers (prose)
r, \alpha, \ell \in \mathbb{R}

k_{\mathrm{RQ}}(r) = \left(1 + \frac{r^2}{2\alpha\ell^2}\right)^{-\alpha}
