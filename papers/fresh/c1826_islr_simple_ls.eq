% James, Witten, Hastie & Tibshirani, An Introduction to Statistical Learning (2nd ed., 2021), Eq. 3.4 with the
% sample means as the text defines them right after it, from memory of the printing; n observations (prose)
x, y \in \mathbb{R}^{n}

\bar{y} \equiv \frac{1}{n} \sum_{i=1}^{n} y_i
\bar{x} \equiv \frac{1}{n} \sum_{i=1}^{n} x_i
\hat{\beta}_1 = \frac{\sum_{i=1}^{n} (x_i - \bar{x})(y_i - \bar{y})}{\sum_{i=1}^{n} (x_i - \bar{x})^2}
\hat{\beta}_0 = \bar{y} - \hat{\beta}_1 \bar{x}
