% NeRF, Mildenhall et al. (2020), Eq. 3: the colour of a ray from N samples along it; densities sigma_i,
% distances delta_i between samples and colours c_i (RGB) are given (Sec. 4)
\sigma, \delta \in \mathbb{R}^{N}, \mathbf{c} \in \mathbb{R}^{N \times 3}

\hat{C}(\mathbf{r}) = \sum_{i=1}^{N} T_i (1 - \exp(-\sigma_i \delta_i)) \mathbf{c}_i, \text{ where } T_i = \exp\left(-\sum_{j=1}^{i-1} \sigma_j \delta_j\right)
