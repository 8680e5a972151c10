% Kendall et al. (CVPR 2018), "Multi-Task Learning Using Uncertainty to Weigh Losses", Eq. 7, written from memory
% of the printing; L_1(W), L_2(W) the two task losses at the current weights (scalars, prose)
\mathcal{L}(W, \sigma_1, \sigma_2) = \frac{1}{2\sigma_1^2} \mathcal{L}_1(W) + \frac{1}{2\sigma_2^2} \mathcal{L}_2(W) + \log \sigma_1 + \log \sigma_2
