% Logistic regression's mean log-loss with labels y_i in {-1, +1} (e.g. ESL 4.4, Murphy 8.3), and its gradient;
% x_i the i-th row of X
X \in \mathbb{R}^{N \times d}, y \in \mathbb{R}^{N}, w \in \mathbb{R}^{d}

E(w) = \frac{1}{N}\sum_{i=1}^{N}\log(1 + \exp(-y_i w^\top x_i))
g = \nabla_w E(w)
