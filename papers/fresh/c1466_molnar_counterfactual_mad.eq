% Molnar, Interpretable Machine Learning (2nd ed.), counterfactual explanations (Wachter et al.'s distance), as
% printed in counterfactual.qmd: the Manhattan distance weighted by each feature's median absolute deviation MAD_j
% (given; p features, from the prose)
x, x^\prime, MAD \in \mathbb{R}^{p}

d(x,x^\prime)=\sum_{j=1}^p\frac{|x_j-x^\prime_j|}{MAD_j}
