% Squeeze-and-Excitation (Hu et al. 2018), eq. (2): the squeeze of channel c of U = [u_1, ..., u_C]
\mathbf{U} \in \mathbb{R}^{H \times W \times C}

z_c = \frac{1}{H \times W} \sum_{i=1}^{H} \sum_{j=1}^{W} u_c(i, j)
