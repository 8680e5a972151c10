% Convolutional neural networks on graphs with fast localized spectral filtering (ChebNet), Defferrard
% et al. (2016), Sec. 2.1: the Chebyshev recurrence and the filter y = g_theta(L) x (Eq. 5)
x \in \mathbb{R}^{n}, L \in \mathbb{R}^{n \times n}, \theta \in \mathbb{R}^{K}, \lambda_{max} \in \mathbb{R}

\tilde{L} = 2L/\lambda_{max} - I_n
\bar{x}_0 = x, \quad \bar{x}_1 = \tilde{L}x, \quad \bar{x}_k = 2\tilde{L}\bar{x}_{k-1} - \bar{x}_{k-2}
y = g_\theta(L)x = \sum_{k=0}^{K-1} \theta_k \bar{x}_k
