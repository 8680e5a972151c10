% scikit-learn user guide, 3.4.6.1 Explained variance score as printed (from memory of the printing): y the true
% values, \hat{y} the predictions (n of each); Var the (biased) variance (prose: "Var is Variance, the square of
% the standard deviation")
y, \hat{y} \in \mathbb{R}^{n}

explained\_{}variance(y, \hat{y}) = 1 - \frac{Var\{ y - \hat{y}\}}{Var\{y\}}
