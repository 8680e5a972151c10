% Schedule-free SGD, Defazio et al. (2024), "The Road Less Scheduled", Eqs. 1-3: the gradient is taken at the
% interpolation y_t of the averaged iterate x_t and the base iterate z_t, with c_{t+1} = 1/(t+1); the gradient
% \nabla f(y_t, \zeta_t) at y_t given (vectors of the model's size d, prose)
x_t, z_t, \nabla f(y_t, \zeta_t) \in \mathbb{R}^{d}, \beta, \gamma \in \mathbb{R}, t \in \mathbb{N}

y_t = (1 - \beta) z_t + \beta x_t
z_{t+1} = z_t - \gamma \nabla f(y_t, \zeta_t)
x_{t+1} = (1 - c_{t+1}) x_t + c_{t+1} z_{t+1}
c_{t+1} = 1/(t+1)
