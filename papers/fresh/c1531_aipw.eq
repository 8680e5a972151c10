% Augmented IPW (doubly robust) estimator of the ATE, as printed in Glynn & Quinn (2010) / Kennedy's notes (from
% memory of the printing): \hat{\mu}_1, \hat{\mu}_0 the outcome regressions and \hat{e} the propensity score, each
% given at every unit (prose); T_i binary treatment, Y_i outcome
T, Y, \hat{e}(X), \hat{\mu}_1(X), \hat{\mu}_0(X) \in \mathbb{R}^{n}

\hat{\tau}_{AIPW} = \frac{1}{n} \sum_{i=1}^{n} \left[ \hat{\mu}_1(X_i) - \hat{\mu}_0(X_i) + \frac{T_i \left(Y_i - \hat{\mu}_1(X_i)\right)}{\hat{e}(X_i)} - \frac{(1 - T_i)\left(Y_i - \hat{\mu}_0(X_i)\right)}{1 - \hat{e}(X_i)} \right]
