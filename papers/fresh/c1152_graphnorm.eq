% GraphNorm, Cai et al. (2021), Eq. 8: \hat h_{i,j} the j-th feature of node i over the n nodes of one graph;
% gamma, beta, alpha learnable per feature
\hat{h} \in \mathbb{R}^{n \times d}, \gamma, \beta, \alpha \in \mathbb{R}^{d}

\mathrm{GraphNorm}(\hat{h}_{i,j}) = \gamma_j \cdot \frac{\hat{h}_{i,j} - \alpha_j \cdot \mu_j}{\hat{\sigma}_j} + \beta_j
\mu_j = \frac{\sum_{i=1}^{n} \hat{h}_{i,j}}{n}
\hat{\sigma}_j^2 = \frac{\sum_{i=1}^{n} (\hat{h}_{i,j} - \alpha_j \cdot \mu_j)^2}{n}
