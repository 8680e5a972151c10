% Bach (2024), Sec. 7.? (kernel ridge regression through the representer theorem), from memory of the printing:
% alpha = (K + n lambda I)^{-1} y, then the prediction at a new x as the sum of alpha_i k(x, x_i); k(x, x_i) given as
% the n kernel values at the new point, declared as written
K \in \mathbb{R}^{n \times n}, y, k(x, x_i) \in \mathbb{R}^{n}, \lambda \in \mathbb{R}

\alpha = (K + n\lambda I)^{-1} y
\hat{f}(x) = \sum_{i=1}^{n} \alpha_i k(x, x_i)
