% Peyre & Cuturi, Computational Optimal Transport (2019), Remark 2.30 (1-D Wasserstein between two empirical
% measures of n points each), from memory of the printing; x_(1) <= ... <= x_(n) the sorted points (prose)
x, y \in \mathbb{R}^{n}, p = 2

W_p^p(\mu, \nu) = \frac{1}{n} \sum_{i=1}^{n} |x_{(i)} - y_{(i)}|^p
