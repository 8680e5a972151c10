% Characterizing signal propagation to close the performance gap in unnormalized ResNets (NF-ResNets),
% Brock et al. (2021), Eq. 2, Scaled Weight Standardization; W is O x N with N the fan-in, the mean and
% variance of the i-th row in the prose after it
W \in \mathbb{R}^{O \times N}

\hat{W}_{ij} = \frac{W_{ij} - \mu_i}{\sigma_i \sqrt{N}}
\mu_i = \frac{1}{N}\sum_j W_{ij}
\sigma_i^2 = \frac{1}{N}\sum_j (W_{ij} - \mu_i)^2
