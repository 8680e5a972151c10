% Cautious optimizers, Liang et al. (2024), Algorithm 1 lines 3-5: mask the update u_t where it disagrees in sign
% with the gradient g_t and rescale the step; d the number of parameters
w_t, u_t, g_t \in \mathbb{R}^{d}, \epsilon_t \in \mathbb{R}

\phi_t = \mathbb{I}(u_t \circ g_t > 0)
\bar{\epsilon}_t = \epsilon_t \frac{d}{\|\phi_t\|_0 + 1}
w_{t+1} = w_t - \bar{\epsilon}_t \phi_t \circ u_t
