% Stanford CS229 lecture notes (Ng), Part I, batch gradient descent for least squares as printed, with
% h_theta(x) = theta^T x; the n training inputs x^{(i)} in R^d as the rows of x, targets y^{(i)} (prose)
x \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}, \theta \in \mathbb{R}^{d}, \alpha \in \mathbb{R}

h_\theta(x) = \theta^T x
\theta_j := \theta_j + \alpha \sum_{i=1}^n \left(y^{(i)} - h_\theta(x^{(i)})\right) x_j^{(i)} \quad (\text{for every } j)
