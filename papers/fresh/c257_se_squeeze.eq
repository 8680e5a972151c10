% Squeeze-and-excitation networks, Hu et al. (2018), Eq. 2: u_c is the c-th channel of U in
% R^{H x W x C} (prose)
\mathbf{U} \in \mathbb{R}^{H \times W \times C}

z_c = \mathbf{F}_{sq}(\mathbf{u}_c) = \frac{1}{H \times W} \sum_{i=1}^{H} \sum_{j=1}^{W} u_c(i, j)
