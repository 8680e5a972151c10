% Lilian Weng, "What are Diffusion Models?" (2021), classifier-free guidance; the conditional and unconditional noise
% predictions given (prose)
\boldsymbol{\epsilon}_\theta(\mathbf{x}_t, t, y), \boldsymbol{\epsilon}_\theta(\mathbf{x}_t, t) \in \mathbb{R}^{d}, w \in \mathbb{R}

\bar{\boldsymbol{\epsilon}}_\theta(\mathbf{x}_t, t, y) = (w+1) \boldsymbol{\epsilon}_\theta(\mathbf{x}_t, t, y) - w \boldsymbol{\epsilon}_\theta(\mathbf{x}_t, t)
