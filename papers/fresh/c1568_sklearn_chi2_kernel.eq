% scikit-learn user guide, 6.8.5 Chi-squared kernel as printed (from memory of the printing): x, y two samples of
% d non-negative features (histograms), gamma the kernel parameter (prose)
x, y \in \mathbb{R}^{d}, \gamma \in \mathbb{R}

k(x, y) = \exp \left (-\gamma \sum_i \frac{(x[i] - y[i]) ^ 2}{x[i] + y[i]} \right )
