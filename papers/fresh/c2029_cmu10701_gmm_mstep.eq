% CMU 10-701 lecture notes (EM for Gaussian mixtures): the M-step mean and covariance of component k, from memory;
% gamma_{ik} the responsibilities (n x K) and x_i in R^d the n points (prose)
\gamma \in \mathbb{R}^{n \times K}, \mathbf{x}_i \in \mathbb{R}^{d}

\boldsymbol{\mu}_k = \frac{\sum_{i=1}^{n} \gamma_{ik} \mathbf{x}_i}{\sum_{i=1}^{n} \gamma_{ik}}
\boldsymbol{\Sigma}_k = \frac{\sum_{i=1}^{n} \gamma_{ik} (\mathbf{x}_i - \boldsymbol{\mu}_k)(\mathbf{x}_i - \boldsymbol{\mu}_k)^T}{\sum_{i=1}^{n} \gamma_{ik}}
