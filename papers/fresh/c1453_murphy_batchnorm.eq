% Murphy, Probabilistic Machine Learning: An Introduction (2022), Eqs. 14.? (batch normalization, Sec. 14.2.4.1)
% as printed: the minibatch B of vectors z_n in R^D (the rows of Z, prose), gamma and beta per feature
\mathbf{Z} \in \mathbb{R}^{N \times D}, \boldsymbol{\gamma}, \boldsymbol{\beta} \in \mathbb{R}^{D}, \epsilon \in \mathbb{R}

\boldsymbol{\mu}_{\mathcal{B}} = \frac{1}{|\mathcal{B}|}\sum_{n \in \mathcal{B}} \mathbf{z}_n
\boldsymbol{\sigma}^2_{\mathcal{B}} = \frac{1}{|\mathcal{B}|}\sum_{n \in \mathcal{B}} (\mathbf{z}_n - \boldsymbol{\mu}_{\mathcal{B}})^2
\hat{\mathbf{z}}_n = \frac{\mathbf{z}_n - \boldsymbol{\mu}_{\mathcal{B}}}{\sqrt{\boldsymbol{\sigma}^2_{\mathcal{B}} + \epsilon}}
\tilde{\mathbf{z}}_n = \boldsymbol{\gamma} \odot \hat{\mathbf{z}}_n + \boldsymbol{\beta}
