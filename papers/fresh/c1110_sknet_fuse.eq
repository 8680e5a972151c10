% Selective Kernel Networks (Li et al. 2019), Eq. 2: the global average pooling of the fused map U
% (U = U~ + U^, of C channels of H x W, prose); s_c is the c-th element of s in R^C
\mathbf{U} \in \mathbb{R}^{C \times H \times W}

s_c = \mathcal{F}_{gp}(\mathbf{U}_c) = \frac{1}{H \times W} \sum_{i=1}^{H} \sum_{j=1}^{W} \mathbf{U}_c(i, j)
