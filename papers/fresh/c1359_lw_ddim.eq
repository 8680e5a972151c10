% Lilian Weng, "What are Diffusion Models?" (2021), DDIM: the sampling step with sigma_t, in her notation
% epsilon^{(t)}_theta(x_t) for the predicted noise; x_t, the prediction and fresh noise given (prose)
\mathbf{x}_t, \boldsymbol{\epsilon}^{(t)}_\theta(\mathbf{x}_t), \boldsymbol{\epsilon}_t \in \mathbb{R}^{d}, \bar{\alpha}_t, \bar{\alpha}_{t-1}, \sigma_t \in \mathbb{R}

\mathbf{x}_{t-1} = \sqrt{\bar{\alpha}_{t-1}}\Big( \frac{\mathbf{x}_t - \sqrt{1 - \bar{\alpha}_t}\boldsymbol{\epsilon}^{(t)}_\theta(\mathbf{x}_t)}{\sqrt{\bar{\alpha}_t}} \Big) + \sqrt{1 - \bar{\alpha}_{t-1} - \sigma_t^2} \boldsymbol{\epsilon}^{(t)}_\theta(\mathbf{x}_t) + \sigma_t\boldsymbol{\epsilon}_t
