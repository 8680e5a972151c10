% Molnar, Interpretable Machine Learning, pdp.qmd as printed: for a categorical feature, the range of the partial
% dependence values over its K categories divided by 4 (PD values given)
\hat{f}_S(\mathbf{x}^{(k)}_S) \in \mathbb{R}^{K}

I(X_S) = \frac{\max_k(\hat{f}_S(\mathbf{x}^{(k)}_S)) - \min_k(\hat{f}_S(\mathbf{x}^{(k)}_S))}{4}
