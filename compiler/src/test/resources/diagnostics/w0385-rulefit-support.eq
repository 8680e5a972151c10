% Molnar, Interpretable Machine Learning, RuleFit: the support s_k defined whole, then read per rule k
r_k(\mathbf{x}^{(i)}) \in \mathbb{R}^{n \times K}, \hat{\alpha} \in \mathbb{R}^{K}
s_k = \frac{1}{n} \sum_{i=1}^n r_k(\mathbf{x}^{(i)})
I_k = |\hat{\alpha}_k| s_k
% ~WARNING W0385
