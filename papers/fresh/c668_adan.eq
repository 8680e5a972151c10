% Adan: Adaptive Nesterov Momentum Algorithm, Xie et al. (2022), Algorithm 1, one step k (vectors of d
% parameters, declarations added)
\mathbf{m}_{k-1}, \mathbf{v}_{k-1}, \mathbf{n}_{k-1}, \mathbf{g}_k, \mathbf{g}_{k-1}, \boldsymbol{\theta}_k \in \mathbb{R}^{d}, \beta_1, \beta_2, \beta_3, \eta, \lambda_k, \varepsilon \in \mathbb{R}

\mathbf{m}_k = (1 - \beta_1)\mathbf{m}_{k-1} + \beta_1\mathbf{g}_k
\mathbf{v}_k = (1 - \beta_2)\mathbf{v}_{k-1} + \beta_2(\mathbf{g}_k - \mathbf{g}_{k-1})
\mathbf{n}_k = (1 - \beta_3)\mathbf{n}_{k-1} + \beta_3[\mathbf{g}_k + (1 - \beta_2)(\mathbf{g}_k - \mathbf{g}_{k-1})]^2
\boldsymbol{\eta}_k = \eta / (\sqrt{\mathbf{n}_k + \varepsilon})
\boldsymbol{\theta}_{k+1} = (1 + \lambda_k\eta)^{-1}[\boldsymbol{\theta}_k - \boldsymbol{\eta}_k \circ (\mathbf{m}_k + (1 - \beta_2)\mathbf{v}_k)]
