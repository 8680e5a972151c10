% Rectified flow, Liu et al. (2023), Eq. 1: the linear interpolation X_t of X_0 and X_1 and the least-squares
% objective of the drift v at one time t; the network's output v(X_t, t) given (vectors of size d, prose)
X_0, X_1, v(X_t, t) \in \mathbb{R}^{d}, t \in \mathbb{R}

X_t = t X_1 + (1 - t) X_0
\mathcal{L} = \| (X_1 - X_0) - v(X_t, t) \|^2
