% Molnar, Interpretable Machine Learning, shap.qmd as printed: SHAP feature importance, the mean absolute Shapley value
% of feature j over n instances (the values phi_j^{(i)} given, n x p)
\phi_j^{(i)} \in \mathbb{R}^{n \times p}

I_j=\frac{1}{n}\sum_{i=1}^n |\phi_j^{(i)}|
