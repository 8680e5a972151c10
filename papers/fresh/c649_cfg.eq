% Classifier-free guidance, Ho & Salimans (2022), Eq. 6: the guided noise prediction from the conditional and
% the unconditional predictions (given)
\boldsymbol{\epsilon}_\theta(\mathbf{z}_\lambda, \mathbf{c}), \boldsymbol{\epsilon}_\theta(\mathbf{z}_\lambda) \in \mathbb{R}^{D}, w \in \mathbb{R}

\tilde{\boldsymbol{\epsilon}}_\theta(\mathbf{z}_\lambda, \mathbf{c}) = (1 + w)\boldsymbol{\epsilon}_\theta(\mathbf{z}_\lambda, \mathbf{c}) - w\boldsymbol{\epsilon}_\theta(\mathbf{z}_\lambda)
