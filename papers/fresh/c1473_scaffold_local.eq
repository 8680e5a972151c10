% SCAFFOLD, Karimireddy et al. (2020), Algorithm 1, lines 10 and 12 (option II) as printed (from memory of the
% printing): client i's local step with the control variates c_i (client) and c (server), then its new control
% variate after K local steps from the server model x; g_i(y_i) the local minibatch gradient (given), d parameters
y_i, c_i, c, x, g_i(y_i) \in \mathbb{R}^{d}, \eta_l, K \in \mathbb{R}

y_i \leftarrow y_i - \eta_l (g_i(y_i) - c_i + c)
c_i^+ \leftarrow c_i - c + \frac{1}{K \eta_l}(x - y_i)
