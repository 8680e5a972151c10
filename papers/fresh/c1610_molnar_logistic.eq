% Molnar, Interpretable Machine Learning, logistic.qmd as printed: the logistic function and the probability of class
% 1 for instance i (x^{(i)} the rows of n instances with p features, beta the weights, given)
\mathbf{x}^{(i)} \in \mathbb{R}^{n \times p}, \boldsymbol{\beta} \in \mathbb{R}^{p}

\text{logistic}(\mathbf{z})=\frac{1}{1+\exp(-\mathbf{z})}
\mathbb{P}(Y^{(i)}=1)= \text{logistic}(\mathbf{x}^{(i)T} \boldsymbol{\beta})
