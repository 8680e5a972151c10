% Deep & Cross Network, Wang et al. (2017), Eq. 3: one cross layer, x_0, x_l, w_l, b_l \in R^d column vectors
% (prose)
\mathbf{x}_0, \mathbf{x}_l, \mathbf{w}_l, \mathbf{b}_l \in \mathbb{R}^{d}

\mathbf{x}_{l+1} = \mathbf{x}_0 \mathbf{x}_l^T \mathbf{w}_l + \mathbf{b}_l + \mathbf{x}_l = f(\mathbf{x}_l, \mathbf{w}_l, \mathbf{b}_l) + \mathbf{x}_l
