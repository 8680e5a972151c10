% Andrew Ng's CS229 notes, linear regression: the hypothesis and the least-squares cost over m training examples
% x^{(i)} (rows of X) with targets y^{(i)}
X \in \mathbb{R}^{m \times n}, y \in \mathbb{R}^{m}, \theta \in \mathbb{R}^{n}

h_\theta(x) = \theta^T x
J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)^2
