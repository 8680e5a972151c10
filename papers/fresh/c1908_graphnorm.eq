% GraphNorm, Cai et al. (2021), Eq. 8 and the statistics after it, from memory of the printing: h-hat the n x d
% features of one graph, alpha the learnable shift of the mean, gamma, beta the affine parameters
\hat{h} \in \mathbb{R}^{n \times d}, \alpha, \gamma, \beta \in \mathbb{R}^{d}

\mathrm{GraphNorm}(\hat{h}_{i,j}) = \gamma_j \cdot \frac{\hat{h}_{i,j} - \alpha_j \cdot \mu_j}{\hat{\sigma}_j} + \beta_j
\mu_j = \frac{1}{n} \sum_{i=1}^{n} \hat{h}_{i,j}
\hat{\sigma}_j^2 = \frac{1}{n} \sum_{i=1}^{n} (\hat{h}_{i,j} - \alpha_j \cdot \mu_j)^2
