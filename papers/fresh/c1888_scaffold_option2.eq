% SCAFFOLD, Karimireddy et al. (2020), Algorithm 1 line 12 (option II of the client control-variate update), from
% memory of the printing: c_i the client's control variate, c the server's, x the server model, y_i the client's
% model after K local steps of size eta_l
c_i, c, x, y_i \in \mathbb{R}^{d}, K = 5, \eta_l = 0.1

c_i^+ \leftarrow c_i - c + \frac{1}{K \eta_l} (x - y_i)
