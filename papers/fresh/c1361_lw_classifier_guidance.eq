% Lilian Weng, "What are Diffusion Models?" (2021), classifier guidance: the noise prediction and the classifier's
% gradient given (prose), names as printed (x_t plain inside epsilon_theta)
\boldsymbol{\epsilon}_\theta(x_t, t), \nabla_{\mathbf{x}_t} \log f_\phi(y \vert \mathbf{x}_t) \in \mathbb{R}^{d}, \bar{\alpha}_t, w \in \mathbb{R}

\bar{\boldsymbol{\epsilon}}_\theta(\mathbf{x}_t, t) = \boldsymbol{\epsilon}_\theta(x_t, t) - \sqrt{1 - \bar{\alpha}_t} \; w \nabla_{\mathbf{x}_t} \log f_\phi(y \vert \mathbf{x}_t)
