% On the importance of initialization and momentum, Sutskever, Martens, Dahl & Hinton (2013), Eqs. 3-4
% (Nesterov's accelerated gradient; the gradient at the look-ahead point given)
\theta_t, v_t, \nabla f(\theta_t + \mu v_t) \in \mathbb{R}^{d}, \mu, \varepsilon \in \mathbb{R}

v_{t+1} = \mu v_t - \varepsilon \nabla f(\theta_t + \mu v_t)
\theta_{t+1} = \theta_t + v_{t+1}
