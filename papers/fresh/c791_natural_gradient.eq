% Natural Gradient Works Efficiently in Learning, Amari (1998): the natural gradient step with the
% Fisher information matrix F given; the loss is a least-squares stand-in (helper)
X \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}, \theta_t \in \mathbb{R}^{d}, F \in \mathbb{R}^{d \times d}, \eta \in \mathbb{R}

L(\theta) = \frac{1}{2}\|X\theta - y\|^2
\theta_{t+1} = \theta_t - \eta F^{-1} \nabla L(\theta_t)
