% Linear-regression cost in the superscript-example notation (Ng, CS229 notes Eq. 1):
% J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})^2 with h_\theta(x) = \theta^T x
x \in \mathbb{R}^{m \times n}, y \in \mathbb{R}^{m}, \theta \in \mathbb{R}^{n}

h_\theta(x) = \theta^T x
J = \frac{1}{2m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)^2
