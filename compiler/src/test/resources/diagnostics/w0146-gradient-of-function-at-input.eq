% \nabla f(\theta) with f a function of one parameter: the gradient at the input \theta.
\theta \in \mathbb{R}^{d}
f(u) = \frac{1}{2}\|u\|^2
% ~WARNING W0103
g = \nabla f(\theta)
% ~WARNING W0146
