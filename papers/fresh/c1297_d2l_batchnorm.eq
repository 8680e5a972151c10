% Zhang et al., Dive into Deep Learning, Sec. 8.5 (batch normalization), as printed; the minibatch \mathcal{B} holds the rows x
\mathcal{B} \in \mathbb{R}^{m \times d}, \boldsymbol{\gamma}, \boldsymbol{\beta} \in \mathbb{R}^{d}, \epsilon \in \mathbb{R}

$$\textrm{BN}(\mathbf{x}) = \boldsymbol{\gamma} \odot \frac{\mathbf{x} - \hat{\boldsymbol{\mu}}_\mathcal{B}}{\hat{\boldsymbol{\sigma}}_\mathcal{B}} + \boldsymbol{\beta}.$$
$$\hat{\boldsymbol{\mu}}_\mathcal{B} = \frac{1}{|\mathcal{B}|} \sum_{\mathbf{x} \in \mathcal{B}} \mathbf{x}
\textrm{ and }
\hat{\boldsymbol{\sigma}}_\mathcal{B}^2 = \frac{1}{|\mathcal{B}|} \sum_{\mathbf{x} \in \mathcal{B}} (\mathbf{x} - \hat{\boldsymbol{\mu}}_{\mathcal{B}})^2 + \epsilon.$$
Y = \textrm{BN}(\mathcal{B})
