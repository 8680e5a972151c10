% Goodfellow, Bengio & Courville, Deep Learning, Section 8.7.1, Eqs. 8.35-8.37 (batch normalization of a minibatch of
% activations H, one example per row), as printed
\boldsymbol{H} \in \mathbb{R}^{m \times n}, \delta \in \mathbb{R}

\boldsymbol{H}' = \frac{\boldsymbol{H} - \boldsymbol{\mu}}{\boldsymbol{\sigma}}
\boldsymbol{\mu} = \frac{1}{m} \sum_i \boldsymbol{H}_{i,:}
\boldsymbol{\sigma} = \sqrt{\delta + \frac{1}{m} \sum_i (\boldsymbol{H} - \boldsymbol{\mu})_i^2}
