% Bach (2024), Sec. 5.2 (gradient descent on the least-squares risk F(theta) = (1/2n)||y - Phi theta||^2), the step
% with the gradient written out, from memory of the printing
\Phi \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}, \theta_{t-1} \in \mathbb{R}^{d}, \gamma \in \mathbb{R}

\theta_t = \theta_{t-1} - \frac{\gamma}{n} \Phi^\top (\Phi \theta_{t-1} - y)
