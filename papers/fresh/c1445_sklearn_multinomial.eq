% scikit-learn user guide, 1.1.11 Logistic regression, multinomial case as printed: "a matrix of coefficients W
% where each row vector W_k corresponds to class k", intercepts W_{0,k}; X_i the i-th of n samples (prose)
X \in \mathbb{R}^{n \times m}, W \in \mathbb{R}^{K \times m}, W_0 \in \mathbb{R}^{K}

\hat{p}_k(X_i) = \frac{\exp(X_i W_k + W_{0, k})}{\sum_{l=0}^{K-1} \exp(X_i W_l + W_{0, l})}
