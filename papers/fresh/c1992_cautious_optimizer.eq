% Cautious Optimizers: Improving Training with One Line of Code, Liang et al. (2024), Algorithm 1 (from memory): the
% mask of update components whose sign agrees with the gradient, and the masked update rescaled by the mask's mean;
% u_t the base optimiser's update and g_t the gradient (declared from the prose)
\mathbf{w}_{t-1}, \mathbf{u}_t, \mathbf{g}_t \in \mathbb{R}^{d}, \eta_t, \epsilon \in \mathbb{R}

\boldsymbol{\phi}_t = \mathbb{I}(\mathbf{u}_t \circ \mathbf{g}_t \geq 0)
\bar{\epsilon}_t = \frac{d}{\|\boldsymbol{\phi}_t\|_0 + \epsilon}
\mathbf{w}_t = \mathbf{w}_{t-1} - \eta_t \bar{\epsilon}_t (\mathbf{u}_t \circ \boldsymbol{\phi}_t)
