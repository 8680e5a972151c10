% Wikipedia, "Logistic regression" (Fit: maximum likelihood) as printed: the log-likelihood of K data points with
% labels y_k in {0, 1} and model probabilities p_k (prose). Printing as remembered (not fetched).
y, p \in \mathbb{R}^{K}

\ell = \sum_{k=1}^K \left( y_k \ln(p_k) + (1 - y_k) \ln(1 - p_k) \right)
