% Hastie, Tibshirani & Friedman, The Elements of Statistical Learning (2nd ed.), Eq. 2.9, the expected prediction
% error as printed (from memory of the printing): EPE(f) = E(Y - f(X))^2; here the expectation over N given
% samples of (X, Y), Y and f(X) their N values (prose: squared error loss).
Y, f(X) \in \mathbb{R}^{N}

\mathrm{EPE}(f) = \mathrm{E}(Y - f(X))^2
