% Kernel PCA's centring with 1_N read as the ones vector: each vector goes along the rows of a square matrix
K \in \mathbb{R}^{N \times N}

\widetilde{K} = K - \mathbf{1}_N K - K \mathbf{1}_N
% ~WARNING W0423
% ~WARNING W0423
