% Stanford CS330 (Finn), lecture notes/slides on MAML: the inner adaptation step phi_i = theta - alpha grad_theta
% L(theta, D_i^tr), from memory; the task loss written out as the squared error of a linear model on the task's
% training set (my choice, as a user would add it)
X \in \mathbb{R}^{K \times d}, y \in \mathbb{R}^{K}, \theta \in \mathbb{R}^{d}, \alpha \in \mathbb{R}

\mathcal{L}(\theta) = \frac{1}{2} \|X\theta - y\|^2
\phi_i = \theta - \alpha \nabla_\theta \mathcal{L}(\theta)
