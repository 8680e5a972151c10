% Gini index, Hastie, Tibshirani & Friedman, ESL (2009), Eq. 9.17 (left form): \hat{p}_{mk} the proportion of
% class k in node m (prose)
\hat{p} \in \mathbb{R}^{M \times K}

G_m = \sum_{k \neq k'} \hat{p}_{mk} \hat{p}_{mk'}
