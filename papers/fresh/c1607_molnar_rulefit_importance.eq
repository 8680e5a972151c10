% Molnar, Interpretable Machine Learning, rulefit.qmd as printed: the support s_k of rule k over n instances (the
% rules' 0/1 values r_k(x^{(i)}) given, n x K) and the importance of rule k with its weight alpha_k
r_k(\mathbf{x}^{(i)}) \in \mathbb{R}^{n \times K}, \hat{\alpha} \in \mathbb{R}^{K}

s_k = \frac{1}{n} \sum_{i=1}^n r_k(\mathbf{x}^{(i)})
I_k = |\hat{\alpha}_k| \cdot \sqrt{s_k(1-s_k)}
