% Classifier-free diffusion guidance, Ho & Salimans (2022), Eq. 6: the guided noise estimate from the
% conditional and unconditional estimates of one network (vectors of the data's size d, prose)
\boldsymbol{\epsilon}_\theta(\mathbf{z}_\lambda, \mathbf{c}), \boldsymbol{\epsilon}_\theta(\mathbf{z}_\lambda) \in \mathbb{R}^{d}, w \in \mathbb{R}

\tilde{\boldsymbol{\epsilon}}_\theta(\mathbf{z}_\lambda, \mathbf{c}) = (1+w)\boldsymbol{\epsilon}_\theta(\mathbf{z}_\lambda, \mathbf{c}) - w\boldsymbol{\epsilon}_\theta(\mathbf{z}_\lambda)
