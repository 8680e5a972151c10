% scikit-learn user guide, 1.1.11.1 Logistic regression, binary case, as printed (from memory of the printing): X_i
% the i-th row of the n x m training data X, w the coefficients and w_0 the intercept (prose)
X \in \mathbb{R}^{n \times m}, w \in \mathbb{R}^{m}, w_0 \in \mathbb{R}

\hat{p}(X_i) = \operatorname{expit}(X_i w + w_0) = \frac{1}{1 + \exp(-X_i w - w_0)}
