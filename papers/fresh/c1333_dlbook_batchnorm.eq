% Goodfellow, Bengio & Courville, Deep Learning (2016), Sec. 8.7.1 Eqs. 8.35-8.37 (batch normalization) as
% printed; H the minibatch of activations, one example per row (prose), mu and sigma vectors
\boldsymbol{H} \in \mathbb{R}^{m \times n}, \delta \in \mathbb{R}

\boldsymbol{H}' = \frac{\boldsymbol{H} - \boldsymbol{\mu}}{\boldsymbol{\sigma}}
\boldsymbol{\mu} = \frac{1}{m} \sum_i \boldsymbol{H}_{i,:}
\boldsymbol{\sigma} = \sqrt{\delta + \frac{1}{m} \sum_i (\boldsymbol{H} - \boldsymbol{\mu})_i^2}
