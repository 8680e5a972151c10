% Classical momentum, Sutskever, Martens, Dahl & Hinton (2013), Eq. 1-2. The objective f is a
% least-squares stand-in (helper) so that \nabla f(\theta_t) can be computed.
\theta_t, v_t \in \mathbb{R}^{d}, A \in \mathbb{R}^{n \times d}, b \in \mathbb{R}^{n}, \mu, \varepsilon \in \mathbb{R}

f(\theta) = \frac{1}{2}\|A\theta - b\|^2
v_{t+1} = \mu v_t - \varepsilon \nabla f(\theta_t)
\theta_{t+1} = \theta_t + v_{t+1}
