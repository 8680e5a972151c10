% Cox partial log-likelihood as survival texts print it (e.g. Hastie, Tibshirani & Wainwright, Statistical Learning
% with Sparsity, Eq. 3.38 form), written from memory: delta_i = 1 an observed event, the risk set the j with
% t_j >= t_i; X the N x p covariates, t, delta given per subject (prose)
X \in \mathbb{R}^{N \times p}, \beta \in \mathbb{R}^{p}, t, \delta \in \mathbb{R}^{N}

\ell(\beta) = \sum_{i : \delta_i = 1} \left( x_i^T \beta - \log \sum_{j : t_j \geq t_i} e^{x_j^T \beta} \right)
