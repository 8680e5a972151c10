% Molnar, Interpretable Machine Learning, logistic.qmd as printed: the odds of class 1 under logistic regression with
% p features, and the log odds (x one instance, beta_0 and beta given)
\mathbf{x} \in \mathbb{R}^{p}, \boldsymbol{\beta} \in \mathbb{R}^{p}, \beta_0 \in \mathbb{R}

\text{odds}=\exp\left(\beta_{0} + \sum_{j=1}^{p} \beta_{j} x_{j}\right)
\mathbb{P}(Y=1) = \frac{\text{odds}}{1 + \text{odds}}
