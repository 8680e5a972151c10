% Binarized neural networks, Hubara et al. (2016), Sec. 1.3 as printed (from memory of the printing): the sign
% quantiser and the straight-through estimator of its gradient, which cancels the gradient when r is too large;
% r the n real values, g_q the gradient with respect to q (given)
r, g_q \in \mathbb{R}^{n}

q = \mathrm{Sign}(r)
g_r = g_q 1_{|r| \le 1}
