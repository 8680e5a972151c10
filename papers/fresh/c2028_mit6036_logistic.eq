% MIT 6.036 / 6.390 lecture notes, Ch. 4 (logistic regression): the regularized NLL objective, from memory of the
% printing; x^{(i)} in R^d, y^{(i)} in {0, 1} the n data points, theta in R^d, theta_0 a number (prose)
x^{(i)} \in \mathbb{R}^{d}, y^{(i)} \in \mathbb{R}, \theta \in \mathbb{R}^{d}, \theta_0, \lambda \in \mathbb{R}

\mathcal{L}_\text{nll}(g, a) = -\left(a \log g + (1 - a)\log(1 - g)\right)
J_\text{lr}(\theta, \theta_0) = \frac{1}{n}\sum_{i=1}^{n} \mathcal{L}_\text{nll}(\sigma(\theta^T x^{(i)} + \theta_0), y^{(i)}) + \frac{\lambda}{2}\|\theta\|^2
