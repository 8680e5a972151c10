% Wikipedia, "Batch normalization" (Transformation) as printed: a mini-batch B of m inputs x_i in R^d (the rows of
% X), per-dimension k with gamma^{(k)}, beta^{(k)} (prose). Printing as remembered (not fetched).
X \in \mathbb{R}^{m \times d}, \gamma, \beta \in \mathbb{R}^{d}, \epsilon \in \mathbb{R}

\mu_B = \frac{1}{m} \sum_{i=1}^m x_i
\sigma_B^2 = \frac{1}{m} \sum_{i=1}^m (x_i-\mu_B)^2
\hat{x}_i^{(k)} = \frac{x_i^{(k)}-\mu_B^{(k)}}{\sqrt{\left(\sigma_B^{(k)}\right)^2+\epsilon}}
y_i^{(k)} = \gamma^{(k)} \hat{x}_i^{(k)} + \beta^{(k)}
