% Schedule-free SGD, Defazio et al. (2024), Eqs. 1-3 with c_{t+1} = 1/(t+1); \nabla f(y_t) the gradient at
% the interpolated point, given (prose)
x_t, z_t, \nabla f(y_t) \in \mathbb{R}^{d}, \beta, \gamma, t \in \mathbb{R}

y_t = (1-\beta) z_t + \beta x_t
z_{t+1} = z_t - \gamma \nabla f(y_t)
x_{t+1} = (1 - c_{t+1}) x_t + c_{t+1} z_{t+1}
c_{t+1} = 1/(t+1)
