% Berkeley CS189 (Shewchuk), lecture notes on Gaussian discriminant analysis, the isotropic quadratic discriminant
% function of class C, from memory of the printing: d the dimension, pi_C the prior
x, \mu_C \in \mathbb{R}^{d}, \sigma_C, \pi_C \in \mathbb{R}

Q_C(x) = -\frac{\|x - \mu_C\|^2}{2\sigma_C^2} - d \ln \sigma_C + \ln \pi_C
