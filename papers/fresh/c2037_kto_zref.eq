% KTO, Ethayarajh et al. (ICML 2024), Eq. 8 (from memory): the reference point z_0 as the batch KL estimate with
% mismatched pairs (x_j, y_{j'}), clamped at 0, and the value of a desirable example; the log ratios of the
% mismatched pairs and of the examples given as m-vectors (prose); \lambda_D, \beta scalars
\log \frac{\pi_\theta(y_{j'} | x_j)}{\pi_{\text{ref}}(y_{j'} | x_j)} \in \mathbb{R}^{m}, r_\theta(x, y) \in \mathbb{R}^{m}, \lambda_D, \beta \in \mathbb{R}

z_0 = \max\left(0, \frac{1}{m} \sum_{j=1}^{m} \log \frac{\pi_\theta(y_{j'} | x_j)}{\pi_{\text{ref}}(y_{j'} | x_j)}\right)
v(x, y) = \lambda_D \sigma(\beta(r_\theta(x, y) - z_0))
\mathcal{L}_{\text{KTO}} = \frac{1}{m} \sum_{j=1}^{m} \left( \lambda_D - v(x_j, y_j) \right)
