% MARS: Unleashing the Power of Variance Reduction for Training Large Models, Yuan et al. (2024), Algorithm 1 (from
% memory): the scaled gradient correction c_t and its clipping to unit norm; g_t, g_{t-1} the stochastic gradients
% at the current and previous iterates on the same batch (declared from the prose)
\mathbf{g}_t, \mathbf{g}_{t-1} \in \mathbb{R}^{d}, \gamma_t, \beta_1 \in \mathbb{R}

\mathbf{c}_t = \mathbf{g}_t + \gamma_t \frac{\beta_1}{1 - \beta_1}(\mathbf{g}_t - \mathbf{g}_{t-1})
\tilde{\mathbf{c}}_t = \begin{cases} \frac{\mathbf{c}_t}{\|\mathbf{c}_t\|_2} & \text{if } \|\mathbf{c}_t\|_2 > 1 \\ \mathbf{c}_t & \text{otherwise} \end{cases}
