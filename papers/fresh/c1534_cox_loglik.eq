% Proportional hazards model, Wikipedia "Proportional hazards model" (Likelihood for unique times) as printed (from
% memory of the printing): the Cox log partial likelihood, C_i = 1 an observed event, Y_i the time, X_i the covariate
% row vector of subject i, \theta_j = \exp(X_j \cdot \beta)
X \in \mathbb{R}^{n \times p}, \beta \in \mathbb{R}^{p}, Y, C \in \mathbb{R}^{n}

\ell(\beta) = \sum_{i: C_i = 1} \left( X_i \cdot \beta - \log \sum_{j: Y_j \ge Y_i} \theta_j \right)
\theta_j = \exp(X_j \cdot \beta)
