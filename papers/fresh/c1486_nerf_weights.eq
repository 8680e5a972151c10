% NeRF, Mildenhall et al. (2020), Eq. 5 and the normalised weights after it, as printed: the coarse network's colour
% as a weighted sum of the N_c sampled colours c_i; T_i the transmittance of Eq. 3
\sigma, \delta \in \mathbb{R}^{N_c}, c \in \mathbb{R}^{N_c \times 3}

T_i = \exp\left(-\sum_{j=1}^{i-1} \sigma_j \delta_j\right)
w_i = T_i (1 - \exp(-\sigma_i \delta_i))
\hat{C}_c(\mathbf{r}) = \sum_{i=1}^{N_c} w_i c_i
\hat{w}_i = w_i / \sum_{j=1}^{N_c} w_j
