% Li et al. (NeurIPS 2020), "Generalized Focal Loss", Eq. 5 (Quality Focal Loss), written from memory of the
% printing; sigma the predicted score, y the IoU target, both \in R^N (prose)
\sigma, y \in \mathbb{R}^{N}

\mathbf{QFL}(\sigma) = -|y - \sigma|^{\beta} \big( (1 - y) \log(1 - \sigma) + y \log(\sigma) \big)
