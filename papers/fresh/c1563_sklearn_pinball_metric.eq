% scikit-learn user guide, 3.4.6 Regression metrics, mean pinball loss as printed (from memory of the printing): y
% the true values, \hat{y} the predictions of n_samples samples, alpha the quantile (prose). The printing has no
% parentheses around the two terms of the sum; the metric averages both.
y, \hat{y} \in \mathbb{R}^{n_{\text{samples}}}, \alpha \in \mathbb{R}

\text{pinball}(y, \hat{y}) = \frac{1}{n_{\text{samples}}} \sum_{i=0}^{n_{\text{samples}}-1}  \alpha \max(y_i - \hat{y}_i, 0) + (1 - \alpha) \max(\hat{y}_i - y_i, 0)
