% Operator-scope forms from textbooks: range, Bernoulli likelihood (Bishop Eq. 4.89), unbiased sample variance, covariance
x, y, p \in \mathbb{R}^{n}

r = \max_i x_i - \min_i x_i
\mathcal{L} = \prod_{i=1}^{n} p_i^{y_i}(1 - p_i)^{1 - y_i}
\bar{x} = \frac{1}{n}\sum_{i=1}^{n} x_i
s^2 = \sum_{i=1}^{n} (x_i - \bar{x})^2 / (n - 1)
c = \frac{1}{n-1}\sum_{i=1}^{n} (x_i - \bar{x})(y_i - \bar{y})
\bar{y} = \frac{1}{n}\sum_{i=1}^{n} y_i
