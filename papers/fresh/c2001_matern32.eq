% Rasmussen & Williams (2006), Sec. 4.2.1 Eq. 4.17: the Matern covariance with nu = 3/2 as a function of the distance
% r, from memory of the printing; r and the length-scale ell are numbers (prose)
r, \ell \in \mathbb{R}

k_{\nu=3/2}(r) = \left(1 + \frac{\sqrt{3}r}{\ell}\right)\exp\left(-\frac{\sqrt{3}r}{\ell}\right)
