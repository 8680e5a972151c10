% Pearson correlation coefficient of a sample (e.g. Wikipedia, Eq. for r_xy), with the sample means defined
x, y \in \mathbb{R}^{n}

\bar{x} = \frac{1}{n} \sum_{i=1}^{n} x_i
\bar{y} = \frac{1}{n} \sum_{i=1}^{n} y_i
r_{xy} = \frac{\sum_{i=1}^{n} (x_i - \bar{x})(y_i - \bar{y})}{\sqrt{\sum_{i=1}^{n} (x_i - \bar{x})^2} \sqrt{\sum_{i=1}^{n} (y_i - \bar{y})^2}}
