% SE-net squeeze (Hu et al. 2018): u_c(i, j) of the declared U = [u_1, ..., u_C]
U \in \mathbb{R}^{C \times H \times W}
z_c = \frac{1}{H W} \sum_{i=1}^{H} \sum_{j=1}^{W} u_c(i, j)
% ~WARNING W0400
