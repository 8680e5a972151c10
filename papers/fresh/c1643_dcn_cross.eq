% Deep & Cross Network, Wang et al. (2017), Eq. 3 (one cross layer), pasted from the printing
\mathbf{x}_0, \mathbf{x}_l, \mathbf{w}_l, \mathbf{b}_l \in \mathbb{R}^{d}

\mathbf{x}_{l+1} = \mathbf{x}_0 \mathbf{x}_l^T \mathbf{w}_l + \mathbf{b}_l + \mathbf{x}_l = f(\mathbf{x}_l, \mathbf{w}_l, \mathbf{b}_l) + \mathbf{x}_l
