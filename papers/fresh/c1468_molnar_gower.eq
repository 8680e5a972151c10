% Molnar, Interpretable Machine Learning, counterfactual.qmd (Dandl et al.'s second objective, Gower's distance for
% numerical features) as printed: R_j the range of feature j (given)
\mathbf{x}, \mathbf{x'}, \widehat{R} \in \mathbb{R}^{p}

o_2(\mathbf{x},\mathbf{x'})=\frac{1}{p}\sum_{j=1}^{p}\delta_G(x_j, x'_j)
\delta_G(x_j,x'_j)=\frac{1}{\widehat{R}_j}|x_j-x'_j|
