% Molnar, Interpretable Machine Learning, limo.qmd (sparse linear models) as printed: the lasso objective at a given
% beta, with x^{(i)} the i-th of n instances of p features (given as rows)
\mathbf{x}^{(i)} \in \mathbb{R}^{n \times p}, y^{(i)} \in \mathbb{R}^{n}, \boldsymbol{\beta} \in \mathbb{R}^{p}, \lambda \in \mathbb{R}

J = \frac{1}{n}\sum_{i=1}^n(y^{(i)} - \mathbf{x}^{(i) T} \boldsymbol{\beta})^2 + \lambda ||\boldsymbol{\beta}||_1
