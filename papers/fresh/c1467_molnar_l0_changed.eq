% Molnar, Interpretable Machine Learning, counterfactual.qmd (Dandl et al.'s third objective) as printed: the number
% of features changed, the L0 norm written as a sum of indicators (x, x' given, p features from the prose)
\mathbf{x}, \mathbf{x'} \in \mathbb{R}^{p}

o_3(\mathbf{x},\mathbf{x'})=||\mathbf{x}-\mathbf{x'}||_0=\sum_{j=1}^{p}I_{x'_j\neq x_j}.
