% Stanford CS229 lecture notes (Ng), Part II, logistic regression: the hypothesis as printed (a chain of
% definitions) and the stochastic gradient ascent rule for one training example (x^{(i)}, y^{(i)}), x^{(i)} in R^d
x^{(i)}, \theta \in \mathbb{R}^{d}, y^{(i)}, \alpha \in \mathbb{R}

h_\theta(x) = g(\theta^T x) = \frac{1}{1 + e^{-\theta^T x}}
\theta_j := \theta_j + \alpha \left(y^{(i)} - h_\theta(x^{(i)})\right) x_j^{(i)}
