% scikit-learn user guide, 3.4.6.4 Mean absolute percentage error as printed (from memory of the printing): y the
% true values, \hat{y} the predictions, epsilon an arbitrary small strictly positive number (prose)
y, \hat{y} \in \mathbb{R}^{n_{\text{samples}}}, \epsilon \in \mathbb{R}

\text{MAPE}(y, \hat{y}) = \frac{1}{n_{\text{samples}}} \sum_{i=0}^{n_{\text{samples}}-1} \frac{{}\left| y_i - \hat{y}_i \right|}{\max(\epsilon, \left| y_i \right|)}
