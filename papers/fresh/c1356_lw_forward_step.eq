% Lilian Weng, "What are Diffusion Models?" (2021): one forward step with the reparameterisation trick, the first
% row of her derivation with its tail; x_{t-1} and the noise given, alpha_t = 1 - beta_t a number (prose)
\mathbf{x}_{t-1}, \boldsymbol{\epsilon}_{t-1} \in \mathbb{R}^{d}, \alpha_t \in \mathbb{R}

\mathbf{x}_t = \sqrt{\alpha_t}\mathbf{x}_{t-1} + \sqrt{1 - \alpha_t}\boldsymbol{\epsilon}_{t-1} \quad \text{ ;where } \boldsymbol{\epsilon}_{t-1}, \boldsymbol{\epsilon}_{t-2}, \dots \sim \mathcal{N}(\mathbf{0}, \mathbf{I})
