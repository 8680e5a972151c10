% Adaptive subgradient methods (AdaGrad), Duchi, Hazan & Singer (2011), Sec. 1.1: the diagonal update with the
% outer-product sum G_t given (the projection is the identity on R^d and is left out)
x_t, g_t \in \mathbb{R}^{d}, G_t \in \mathbb{R}^{d \times d}, \eta \in \mathbb{R}

x_{t+1} = x_t - \eta \operatorname{diag}(G_t)^{-1/2} g_t
