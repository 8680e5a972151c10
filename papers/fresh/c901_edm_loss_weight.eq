% EDM, Karras et al. (2022), Eq. 8 and Table 1: the training loss for one draw (sigma, y, n) with the loss weight
% lambda(sigma); D_theta(y + n; sigma) is the denoiser's output (given), sigma_data = 0.5
\boldsymbol{y}, D_\theta(\boldsymbol{y} + \boldsymbol{n}; \sigma) \in \mathbb{R}^{D}, \sigma \in \mathbb{R}, \sigma_{\text{data}} = 0.5

\lambda(\sigma) = (\sigma^2 + \sigma_{\text{data}}^2) / (\sigma \cdot \sigma_{\text{data}})^2
\mathcal{L} = \mathbb{E}_{\sigma, \boldsymbol{y}, \boldsymbol{n}}\Big[\lambda(\sigma) \, \big\| D_\theta(\boldsymbol{y} + \boldsymbol{n}; \sigma) - \boldsymbol{y} \big\|_2^2\Big]
