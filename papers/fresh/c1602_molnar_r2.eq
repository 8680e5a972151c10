% Molnar, Interpretable Machine Learning, limo.qmd as printed: R-squared from the sums of squares, and the adjusted
% R-squared for p features (n instances, y and the predictions given)
y^{(i)}, \hat{y}^{(i)} \in \mathbb{R}^{n}, p \in \mathbb{R}

SSE = \sum_{i=1}^n (y^{(i)} - \hat{y}^{(i)})^2
SST = \sum_{i=1}^n (y^{(i)} - \bar{y})^2
R^2=1-\frac{SSE}{SST}
\bar{R}^2 = 1 - (1 - R^2) \frac{n - 1}{n - p - 1}
