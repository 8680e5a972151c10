% Sutskever, Martens, Dahl & Hinton (ICML 2013), Eqs. 3-4 (Nesterov's accelerated gradient as momentum with a
% look-ahead), from memory of the printing; f the least-squares objective of a linear model (my choice of f)
X \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}, \theta_t, v_t \in \mathbb{R}^{d}, \mu, \varepsilon \in \mathbb{R}

f(\theta) = \frac{1}{2n} \|X\theta - y\|^2
v_{t+1} = \mu v_t - \varepsilon \nabla f(\theta_t + \mu v_t)
\theta_{t+1} = \theta_t + v_{t+1}
