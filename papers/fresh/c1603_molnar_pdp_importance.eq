% Molnar, Interpretable Machine Learning, pdp.qmd (Greenwell et al.'s PDP-based importance) as printed: the standard
% deviation of the partial dependence at K grid values x_S^{(k)} (the PD values given), the inner sum re-using k
\hat{f}_S(\mathbf{x}^{(k)}_S) \in \mathbb{R}^{K}

I(\mathbf{x}_S) =  \sqrt{\frac{1}{K-1}\sum_{k=1}^K(\hat{f}_S(\mathbf{x}^{(k)}_S) - \frac{1}{K}\sum_{k=1}^K \hat{f}_S(\mathbf{x}^{(k)}_S))^2}
