% Dive into Deep Learning's minibatch mean: |B| is the number of examples in the minibatch
\mathcal{B} \in \mathbb{R}^{m \times d}

\hat{\boldsymbol{\mu}}_\mathcal{B} = \frac{1}{|\mathcal{B}|} \sum_{\mathbf{x} \in \mathcal{B}} \mathbf{x}
% ~WARNING W0425
% ~WARNING W0102
