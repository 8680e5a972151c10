% Stanford CS336 (2025), Assignment 1 Algorithm 1 (AdamW), the body of one step t as printed, from memory; theta, g, m,
% v in R^p (the parameter, its gradient, the moment estimates), alpha, beta_1, beta_2, epsilon, lambda, t numbers
\theta, g, m, v \in \mathbb{R}^{p}, \alpha, \beta_1, \beta_2, \epsilon, \lambda, t \in \mathbb{R}

m \leftarrow \beta_1 m + (1 - \beta_1) g
v \leftarrow \beta_2 v + (1 - \beta_2) g^2
\alpha_t \leftarrow \alpha \frac{\sqrt{1 - (\beta_2)^t}}{1 - (\beta_1)^t}
\theta \leftarrow \theta - \alpha_t \frac{m}{\sqrt{v} + \epsilon}
\theta \leftarrow \theta - \alpha\lambda\theta
