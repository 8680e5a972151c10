% Gretton et al. (2012), "A kernel two-sample test", Eq. 3: the unbiased MMD^2_u with the Gaussian kernel
% k(x, x') = exp(-||x - x'||^2 / (2 sigma^2)) (Sec. 2.2); m samples x_i and y_i each of dimension d (prose)
x \in \mathbb{R}^{m \times d}, y \in \mathbb{R}^{m \times d}, \sigma \in \mathbb{R}

k(a, b) = \exp\left(-\frac{\|a - b\|^2}{2\sigma^2}\right)
\mathrm{MMD}_u^2 = \frac{1}{m(m-1)} \sum_{i=1}^{m} \sum_{j \neq i}^{m} \left[ k(x_i, x_j) + k(y_i, y_j) - k(x_i, y_j) - k(x_j, y_i) \right]
