% Mean squared error over n predictions
y, \hat{y} \in \mathbb{R}^{n}

\mathrm{MSE} = \frac{1}{n}\sum_{i=1}^{n} \left(y_i - \hat{y}_i\right)^2
