% Zou & Hastie 2005, "Regularization and variable selection via the elastic net", Eq. 1-2: the naive elastic net criterion, where |\beta|^2 = \sum_j \beta_j^2 and |\beta|_1 = \sum_j |\beta_j|
\mathbf{y} \in \mathbb{R}^{n}, \mathbf{X} \in \mathbb{R}^{n \times p}, \boldsymbol{\beta} \in \mathbb{R}^{p}, \lambda_1, \lambda_2 \in \mathbb{R}

L(\lambda_1, \lambda_2, \boldsymbol{\beta}) = |\mathbf{y} - \mathbf{X}\boldsymbol{\beta}|^2 + \lambda_2 |\boldsymbol{\beta}|^2 + \lambda_1 |\boldsymbol{\beta}|_1
