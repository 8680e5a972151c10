% scikit-learn user guide, 3.4.4.15 Brier score loss as printed (from memory of the printing): y_i the true
% label (0 or 1) and p_i the predicted probability of sample i, n_samples samples (prose)
y, p \in \mathbb{R}^{n_{\text{samples}}}

BS = \frac{1}{n_{\text{samples}}} \sum_{i=0}^{n_{\text{samples}} - 1}(y_i - p_i)^2
