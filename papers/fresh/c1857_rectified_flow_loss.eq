% Liu et al. (ICLR 2023), Rectified Flow, Eq. 1 (one sample), written from the printing with the expectation
% dropped; X_0, X_1 in R^d, v the network output at X_t (prose)
X_0, X_1, v \in \mathbb{R}^{d}, t \in \mathbb{R}

X_t = t X_1 + (1 - t) X_0
L = \left\| (X_1 - X_0) - v \right\|^2
