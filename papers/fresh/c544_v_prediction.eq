% Progressive distillation, Salimans & Ho (2022), Sec. 4: the velocity target and the prediction of x from it;
% z_t = alpha_t x + sigma_t epsilon (prose), \hat{v} the network's output (an input here)
\mathbf{x}, \boldsymbol{\epsilon}, \hat{\mathbf{v}} \in \mathbb{R}^{d}, \alpha_t, \sigma_t \in \mathbb{R}

\mathbf{z}_t = \alpha_t \mathbf{x} + \sigma_t \boldsymbol{\epsilon}
\mathbf{v} \equiv \alpha_t \boldsymbol{\epsilon} - \sigma_t \mathbf{x}
\hat{\mathbf{x}} = \alpha_t \mathbf{z}_t - \sigma_t \hat{\mathbf{v}}
