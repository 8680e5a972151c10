% Weight Standardization, Qiao et al. (2019), Eq. 5 (the element rule inside the brackets) and Eq. 7
\mathbf{W} \in \mathbb{R}^{O \times I}, \epsilon = 10^{-5}

\hat{\mathbf{W}}_{i,j} = \frac{\mathbf{W}_{i,j} - \mu_{\mathbf{W}_{i,\cdot}}}{\sigma_{\mathbf{W}_{i,\cdot}}}
\mu_{\mathbf{W}_{i,\cdot}} = \frac{1}{I}\sum_{j=1}^{I}\mathbf{W}_{i,j}, \quad \sigma_{\mathbf{W}_{i,\cdot}} = \sqrt{\frac{1}{I}\sum_{j=1}^{I}\mathbf{W}_{i,j}^2 - \mu_{\mathbf{W}_{i,\cdot}}^2 + \epsilon}
