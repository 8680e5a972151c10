% Multi-head attention's output projection as Vaswani et al. print its shape
H_i \in \mathbb{R}^{n \times d_v}, i = 1, \ldots, h
W^O \in \mathbb{R}^{hd_v \times d_{model}}
% ~WARNING W0445

y = \mathrm{Concat}(H_1, \ldots, H_h) W^O
