% Goodfellow, Bengio & Courville, Deep Learning, Eq. 3.23 (multivariate normal density), as printed
\boldsymbol{x} \in \mathbb{R}^{n}, \boldsymbol{\mu} \in \mathbb{R}^{n}, \boldsymbol{\Sigma} \in \mathbb{R}^{n \times n}

\mathcal{N}(\boldsymbol{x}; \boldsymbol{\mu}, \boldsymbol{\Sigma}) = \sqrt{\frac{1}{(2\pi)^n \det(\boldsymbol{\Sigma})}} \exp\left( -\frac{1}{2} (\boldsymbol{x} - \boldsymbol{\mu})^\top \boldsymbol{\Sigma}^{-1} (\boldsymbol{x} - \boldsymbol{\mu}) \right)
