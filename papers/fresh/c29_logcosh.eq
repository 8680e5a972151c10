% Log-cosh loss (e.g. Chen et al. 2019, "Log hyperbolic cosine loss"): L = \sum_i \log(\cosh(\hat{y}_i - y_i))
y, \hat{y} \in \mathbb{R}^{n}

L = \sum_{i=1}^{n} \log(\cosh(\hat{y}_i - y_i))
