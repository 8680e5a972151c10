% Deisenroth, Faisal & Ong, Mathematics for Machine Learning (2020), Eq. 9.31 (MAP estimate of linear regression
% with features) as printed: Phi the N x K feature matrix, y the N targets, sigma^2 the noise and b^2 the prior
% variance (prose). Printing as remembered (not fetched).
\boldsymbol{\Phi} \in \mathbb{R}^{N \times K}, \boldsymbol{y} \in \mathbb{R}^{N}, \sigma, b \in \mathbb{R}

\boldsymbol{\theta}_{\text{MAP}} = \left(\boldsymbol{\Phi}^\top\boldsymbol{\Phi} + \frac{\sigma^2}{b^2}\boldsymbol{I}\right)^{-1}\boldsymbol{\Phi}^\top\boldsymbol{y}
