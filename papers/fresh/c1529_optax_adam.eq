% optax documentation, optax.adam (docstring) as printed: one step with the gradient g_t, the moments of step t-1,
% the step size alpha_t, eps and eps-bar (eps_root) (prose); n parameters. Printed as the docs render it (remembered).
g_t, m_{t-1}, v_{t-1} \in \mathbb{R}^{n}, \beta_1, \beta_2, \alpha_t, \varepsilon, \bar{\varepsilon}, t \in \mathbb{R}

\begin{align*}
m_t &\leftarrow \beta_1 \cdot m_{t-1} + (1-\beta_1) \cdot g_t \\
v_t &\leftarrow \beta_2 \cdot v_{t-1} + (1-\beta_2) \cdot {g_t}^2 \\
\hat{m}_t &\leftarrow m_t / {(1-\beta_1^t)} \\
\hat{v}_t &\leftarrow v_t / {(1-\beta_2^t)} \\
u_t &\leftarrow -\alpha_t \cdot \hat{m}_t / \left({\sqrt{\hat{v}_t + \bar{\varepsilon}} + \varepsilon} \right)
\end{align*}
