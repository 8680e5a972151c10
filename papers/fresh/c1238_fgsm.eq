% FGSM, Goodfellow et al. (2015), Sec. 4: the fast gradient sign perturbation, the gradient of the cost with
% respect to the d-dimensional input given
\nabla_{\boldsymbol{x}} J(\boldsymbol{\theta}, \boldsymbol{x}, y) \in \mathbb{R}^{d}, \epsilon \in \mathbb{R}

\boldsymbol{\eta} = \epsilon \operatorname{sign}\left(\nabla_{\boldsymbol{x}} J(\boldsymbol{\theta}, \boldsymbol{x}, y)\right)
