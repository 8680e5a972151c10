% AdaBoost.M1, Hastie, Tibshirani & Friedman, ESL (2009), Algorithm 10.1 step 2(b): I(.) is the indicator
w, y, g \in \mathbb{R}^{N}
e = \frac{\sum_{i=1}^{N} w_i I(y_i \neq g_i)}{\sum_{i=1}^{N} w_i}
% ~WARNING W0351
