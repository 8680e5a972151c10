% AdaGrad, Duchi, Hazan & Singer (2011), §1: the diagonal update, unconstrained (the projection
% \Pi_{\mathcal{X}} is the identity and is left out); G_t = \sum_\tau g_\tau g_\tau^\top is given and
% diag(G_t)^{-1/2} is the inverse square root of its diagonal.
x_t, g_t \in \mathbb{R}^{d}, G_t \in \mathbb{R}^{d \times d}, \eta \in \mathbb{R}

x_{t+1} = x_t - \eta \operatorname{diag}(G_t)^{-1/2} g_t
