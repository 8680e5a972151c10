% Biased MMD^2 with a Gaussian kernel, Gretton et al. (2012), Eq. 5 (MMD_b):
% k(x, y) = \exp(-\|x - y\|^2 / (2\sigma^2))
x \in \mathbb{R}^{m \times d}, y \in \mathbb{R}^{n \times d}, \sigma \in \mathbb{R}

k(a, b) = \exp\left(-\frac{\|a - b\|^2}{2\sigma^2}\right)
\mathrm{MMD}_b^2 = \frac{1}{m^2}\sum_{i,j=1}^{m} k(x_i, x_j) - \frac{2}{mn}\sum_{i,j=1}^{m,n} k(x_i, y_j) + \frac{1}{n^2}\sum_{i,j=1}^{n} k(y_i, y_j)
