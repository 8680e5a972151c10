% AdaGrad, Duchi, Hazan & Singer (2011), Sec. 1.1: G_t = \sum_{\tau=1}^t g_\tau g_\tau^\top from the t gradients
% so far (one per row, prose), then the diagonal step
g \in \mathbb{R}^{t \times d}, x_t \in \mathbb{R}^{d}, \eta \in \mathbb{R}

G_t = \sum_{\tau=1}^{t} g_\tau g_\tau^\top
x_{t+1} = x_t - \eta \operatorname{diag}(G_t)^{-1/2} g_t
