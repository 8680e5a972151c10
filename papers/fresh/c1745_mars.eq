% MARS, Yuan et al. (2024), Algorithm 1 (the variance-reduced gradient, its clipping and the first moment), from
% memory of the printing; the two stochastic gradients at x_t and x_{t-1} on the same sample given (prose)
\nabla f(\mathbf{x}_t, \boldsymbol{\xi}_t), \nabla f(\mathbf{x}_{t-1}, \boldsymbol{\xi}_t), \mathbf{m}_{t-1} \in \mathbb{R}^{d}, \gamma_t, \beta_1 \in \mathbb{R}

\mathbf{c}_t = \nabla f(\mathbf{x}_t, \boldsymbol{\xi}_t) + \gamma_t \frac{\beta_1}{1 - \beta_1} \left( \nabla f(\mathbf{x}_t, \boldsymbol{\xi}_t) - \nabla f(\mathbf{x}_{t-1}, \boldsymbol{\xi}_t) \right)
\tilde{\mathbf{c}}_t = \begin{cases} \frac{\mathbf{c}_t}{\|\mathbf{c}_t\|_2} & \text{if } \|\mathbf{c}_t\|_2 > 1 \\ \mathbf{c}_t & \text{otherwise} \end{cases}
\mathbf{m}_t = \beta_1 \mathbf{m}_{t-1} + (1 - \beta_1) \tilde{\mathbf{c}}_t
