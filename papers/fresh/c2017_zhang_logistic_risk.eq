% Tong Zhang (2023), Ch. 2/7: the regularized empirical logistic risk with y_i in {-1, 1}, from memory of the printing;
% x_i in R^d the n samples (prose)
w \in \mathbb{R}^{d}, x_i \in \mathbb{R}^{d}, y \in \mathbb{R}^{n}, \lambda \in \mathbb{R}

\hat{R}(w) = \frac{1}{n}\sum_{i=1}^{n} \ln(1 + \exp(-w^\top x_i y_i)) + \frac{\lambda}{2}\|w\|_2^2
