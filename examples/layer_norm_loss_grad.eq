% A layer-normalized linear layer under a squared-error loss, and its gradients
x, \gamma, \beta \in \mathbb{R}^{d}, W \in \mathbb{R}^{m \times d}, t \in \mathbb{R}^{m}
\epsilon = 10^{-5}

% Layer normalization (Ba, Kiros & Hinton, 2016) over the features
\mathrm{LN}(x) = \gamma \odot \frac{x - \mathrm{mean}(x)}{\sqrt{\mathrm{Var}(x) + \epsilon}} + \beta
% A linear map of the normalized features
h = W \mathrm{LN}(x)
% Mean squared error against the target
L = \mathrm{mean}((h - t)^2)
g_x = \nabla_{x} L
g_\gamma = \nabla_{\gamma} L
g_\beta = \nabla_{\beta} L
g_W = \nabla_{W} L
