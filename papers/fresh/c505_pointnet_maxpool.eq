% PointNet, Qi et al. (2017), Sec. 4.2: the global feature is the element-wise max over the n points of
% the per-point features h(x_i); h given as the matrix of per-point features, one row per point (prose)
\mathbf{h} \in \mathbb{R}^{n \times K}

\mathbf{f} = \max_{i=1, \dots, n} \mathbf{h}_i
