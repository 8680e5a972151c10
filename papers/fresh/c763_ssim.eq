% SSIM of two signals x and y of N samples, Wang et al. (2004), Eqs. 2, 4, 11 and 13 (one window)
x \in \mathbb{R}^{N}, y \in \mathbb{R}^{N}, C_1, C_2 \in \mathbb{R}

\mu_x = \frac{1}{N} \sum_{i=1}^{N} x_i
\mu_y = \frac{1}{N} \sum_{i=1}^{N} y_i
\sigma_x = \left( \frac{1}{N-1} \sum_{i=1}^{N} (x_i - \mu_x)^2 \right)^{1/2}
\sigma_y = \left( \frac{1}{N-1} \sum_{i=1}^{N} (y_i - \mu_y)^2 \right)^{1/2}
\sigma_{xy} = \frac{1}{N-1} \sum_{i=1}^{N} (x_i - \mu_x)(y_i - \mu_y)
SSIM(x, y) = \frac{(2 \mu_x \mu_y + C_1)(2 \sigma_{xy} + C_2)}{(\mu_x^2 + \mu_y^2 + C_1)(\sigma_x^2 + \sigma_y^2 + C_2)}
