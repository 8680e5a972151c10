% Wikipedia, "Normalization (machine learning)", RMSNorm, as printed (the sum reuses the index i of the left side);
% x the n features, gamma and beta written without an index (scalars here). Printing as remembered (not fetched).
x \in \mathbb{R}^{n}, \gamma, \beta \in \mathbb{R}

\hat{x}_i = \frac{x_i}{\sqrt{\frac{1}{n}\sum_{i=1}^n x_i^2}}, \quad y_i = \gamma \hat{x}_i + \beta
