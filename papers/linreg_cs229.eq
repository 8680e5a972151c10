% CS229 lecture notes (Ng), Part I, the least-squares cost: x^{(i)} is the i-th training example (row
% i of the design matrix X, m examples of n features), y^{(i)} its target.
X \in \mathbb{R}^{m \times n}, y \in \mathbb{R}^{m}, \theta \in \mathbb{R}^{n}

h_\theta(x) = \theta^T x
J(\theta) = \frac{1}{2}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})^2
