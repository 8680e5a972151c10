% Evidential deep learning, Sensoy et al. (2018), Eq. 5: the expected squared error under the Dirichlet with
% parameters alpha_i (N samples, K classes), S_i its strength and \hat p_ij = alpha_ij / S_i (prose)
\alpha, \mathbf{y} \in \mathbb{R}^{N \times K}

S_i = \sum_{j=1}^{K} \alpha_{ij}
\hat{p}_{ij} = \alpha_{ij} / S_i
\mathcal{L}_i(\Theta) = \sum_{j=1}^{K} (y_{ij} - \hat{p}_{ij})^2 + \frac{\hat{p}_{ij}(1 - \hat{p}_{ij})}{(S_i + 1)}
