% James et al., ISLR (2nd ed., 2021), Eq. 6.5 (the ridge objective), from memory of the printing: \beta_0 the
% intercept, \beta_1..\beta_p the coefficients (declared as the intercept and a p-vector, as a reader would), x_{ij}
% the n x p predictors; RSS as defined in Eq. 3.16 (a second line, my addition so the objective has a name)
x \in \mathbb{R}^{n \times p}, y \in \mathbb{R}^{n}, \beta_0, \lambda \in \mathbb{R}, \beta \in \mathbb{R}^{p}

\mathrm{RSS} = \sum_{i=1}^{n} \left( y_i - \beta_0 - \sum_{j=1}^{p} \beta_j x_{ij} \right)^2
\sum_{i=1}^{n} \left( y_i - \beta_0 - \sum_{j=1}^{p} \beta_j x_{ij} \right)^2 + \lambda \sum_{j=1}^{p} \beta_j^2 = \mathrm{RSS} + \lambda \sum_{j=1}^{p} \beta_j^2
