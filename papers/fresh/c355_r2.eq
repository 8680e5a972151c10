% Coefficient of determination (scikit-learn documentation, r2_score), as printed there
y, \hat{y} \in \mathbb{R}^{n}

\bar{y} = \frac{1}{n} \sum_{i=1}^{n} y_i
R^2(y, \hat{y}) = 1 - \frac{\sum_{i=1}^{n} (y_i - \hat{y}_i)^2}{\sum_{i=1}^{n} (y_i - \bar{y})^2}
