% Bach (2024), Sec. 4.? (logistic regression, the empirical risk with the logistic loss), from memory of the printing:
% widehat R, theta^T x_i for the linear predictor, y_i in {-1, 1}; x_i the n inputs (rows)
\theta \in \mathbb{R}^{d}, x \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}

\widehat{\mathcal{R}}(\theta) = \frac{1}{n} \sum_{i=1}^{n} \log\left(1 + \exp(-y_i \theta^\top x_i)\right)
