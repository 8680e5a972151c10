% Defferrard et al. (2016), Convolutional Neural Networks on Graphs with Fast Localized Spectral Filtering,
% Eq. 3: a polynomial filter of the Laplacian, g_\theta(L) x = \sum_{k=0}^{K-1} \theta_k L^k x
L \in \mathbb{R}^{n \times n}, x \in \mathbb{R}^{n}, \theta \in \mathbb{R}^{K}

y = \sum_{k=0}^{K-1} \theta_k L^k x
