% Bayesian Learning via Stochastic Gradient Langevin Dynamics, Welling & Teh (2011), Eq. 4: one SGLD step
% on a minibatch of n of N points; Gaussian prior and unit-variance Gaussian likelihood (helpers)
\theta_t \in \mathbb{R}^{d}, x_{t} \in \mathbb{R}^{n \times d}, \eta_t \in \mathbb{R}^{d}, \epsilon_t \in \mathbb{R}, N \in \mathbb{Z}

\log p(\theta) = -\frac{1}{2}\|\theta\|^2
\log p(x \mid \theta) = -\frac{1}{2}\|x - \theta\|^2
\Delta\theta_t = \frac{\epsilon_t}{2}\left(\nabla \log p(\theta_t) + \frac{N}{n}\sum_{i=1}^{n} \nabla \log p(x_{ti} \mid \theta_t)\right) + \eta_t
