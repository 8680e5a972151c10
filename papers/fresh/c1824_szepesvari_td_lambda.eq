% Szepesvari, Algorithms for Reinforcement Learning (2010), Sec. 2.2.2 (linear TD(lambda), accumulating traces),
% from memory of the printing, with the book's shorthand \varphi_t = \varphi(X_t) (it writes both); shapes from the prose
\theta_t, z_t, \varphi_t, \varphi_{t+1} \in \mathbb{R}^{d}, R_{t+1}, \alpha_t, \gamma, \lambda \in \mathbb{R}

\delta_{t+1} = R_{t+1} + \gamma \theta_t^\top \varphi_{t+1} - \theta_t^\top \varphi_t
z_{t+1} = \varphi_t + \gamma \lambda z_t
\theta_{t+1} = \theta_t + \alpha_t \delta_{t+1} z_{t+1}
