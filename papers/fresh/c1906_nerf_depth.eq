% Depth-supervised NeRF, Deng et al. (2022), Eq. 2 (the expected ray termination depth), with NeRF's transmittance
% T_i, from memory of the printing: N samples at distances t_i, densities sigma_i, intervals delta_i
\sigma, \delta, t \in \mathbb{R}^{N}

T_i = \exp\left(-\sum_{j=1}^{i-1} \sigma_j \delta_j\right)
\hat{D}(\mathbf{r}) = \sum_{i=1}^{N} T_i (1 - \exp(-\sigma_i \delta_i)) t_i
