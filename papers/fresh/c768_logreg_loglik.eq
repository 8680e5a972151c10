% Log-likelihood of two-class logistic regression, Hastie, Tibshirani & Friedman, ESL (2009), Eq. 4.20;
% x_i includes the constant 1 for the intercept, y_i in {0, 1}
x \in \mathbb{R}^{N \times p}, y \in \mathbb{R}^{N}, \beta \in \mathbb{R}^{p}

\ell(\beta) = \sum_{i=1}^{N} \left\{ y_i \beta^T x_i - \log(1 + e^{\beta^T x_i}) \right\}
