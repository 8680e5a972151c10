% Weight Standardization, Qiao et al. (2019), Eq. 5 and 7, for the weights of a layer with O output
% channels and I inputs per output (in-channels x kernel size)
\mathbf{W} \in \mathbb{R}^{O \times I}, \epsilon = 10^{-5}

\hat{\mathbf{W}} = \left[\hat{\mathbf{W}}_{i,j} \,\big|\, \hat{\mathbf{W}}_{i,j} = \frac{\mathbf{W}_{i,j} - \mu_{\mathbf{W}_{i,\cdot}}}{\sigma_{\mathbf{W}_{i,\cdot}}}\right]
\mu_{\mathbf{W}_{i,\cdot}} = \frac{1}{I}\sum_{j=1}^{I}\mathbf{W}_{i,j}, \quad \sigma_{\mathbf{W}_{i,\cdot}} = \sqrt{\frac{1}{I}\sum_{j=1}^{I}\mathbf{W}_{i,j}^2 - \mu_{\mathbf{W}_{i,\cdot}}^2 + \epsilon}
