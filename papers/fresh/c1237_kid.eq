% KID, Binkowski et al. (2018), Sec. 3: the unbiased MMD^2 estimator with the cubic polynomial kernel between m
% real and n generated d-dimensional Inception codings X = {x_i}, Y = {y_j} (prose)
X \in \mathbb{R}^{m \times d}, Y \in \mathbb{R}^{n \times d}

k(x, y) = \left(\frac{1}{d} x^T y + 1\right)^3
\widehat{\mathrm{MMD}}_u^2(X, Y) = \frac{1}{m(m-1)} \sum_{i \neq j}^{m} k(x_i, x_j) + \frac{1}{n(n-1)} \sum_{i \neq j}^{n} k(y_i, y_j) - \frac{2}{mn} \sum_{i=1}^{m} \sum_{j=1}^{n} k(x_i, y_j)
