% Auto-Encoding Variational Bayes, Kingma & Welling (2014), §3 (before Eq. 10): the reparameterized
% sample for data point i and noise sample l, as printed with its "and \epsilon ~ N(0, I)"
\boldsymbol{\mu}^{(i)}, \boldsymbol{\sigma}^{(i)}, \boldsymbol{\epsilon}^{(l)} \in \mathbb{R}^{J}

\mathbf{z}^{(i,l)} = \boldsymbol{\mu}^{(i)} + \boldsymbol{\sigma}^{(i)} \odot \boldsymbol{\epsilon}^{(l)} \quad \text{and} \quad \boldsymbol{\epsilon}^{(l)} \sim \mathcal{N}(0, \mathbf{I})
