% Goodfellow, Bengio & Courville, Deep Learning, Eq. 5.81 (logistic regression), as printed, for a batch of examples
% x^{(i)}, the rows of X
\boldsymbol{X} \in \mathbb{R}^{m \times n}, \boldsymbol{\theta} \in \mathbb{R}^{n}

p(y = 1 \mid \boldsymbol{x}^{(i)}; \boldsymbol{\theta}) = \sigma(\boldsymbol{\theta}^\top \boldsymbol{x}^{(i)})
