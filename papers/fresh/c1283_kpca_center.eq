% Bishop, PRML (2006), Eq. 12.85: the centred Gram matrix of kernel PCA, where 1_N is the N x N matrix whose every element is 1/N
K \in \mathbb{R}^{N \times N}

\widetilde{\mathbf{K}} = \mathbf{K} - \mathbf{1}_N\mathbf{K} - \mathbf{K}\mathbf{1}_N + \mathbf{1}_N\mathbf{K}\mathbf{1}_N
