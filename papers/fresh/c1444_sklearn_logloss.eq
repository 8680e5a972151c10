% scikit-learn user guide, 3.4.4 Log loss (multiclass) as printed: Y the N x K 1-of-K indicator matrix of the
% true labels, P the N x K matrix of predicted probabilities, y_{i,k} and p_{i,k} their entries (prose)
Y, P \in \mathbb{R}^{N \times K}

L_{\log}(Y, P) = -\log \operatorname{Pr}(Y|P) = - \frac{1}{N} \sum_{i=0}^{N-1} \sum_{k=0}^{K-1} y_{i,k} \log p_{i,k}
