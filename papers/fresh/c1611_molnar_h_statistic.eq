% Molnar, Interpretable Machine Learning, interaction.qmd (Friedman's H-statistic) as printed: the share of the
% variance of the two-way partial dependence of features j and k not explained by their one-way ones, over the n
% instances (the centred partial dependence values at each instance given)
PD_{jk}(x_{j}^{(i)},x_k^{(i)}), PD_j(x_j^{(i)}), PD_k(x_{k}^{(i)}) \in \mathbb{R}^{n}

H^2_{jk} = \frac{\sum_{i=1}^n\left[PD_{jk}(x_{j}^{(i)},x_k^{(i)})-PD_j(x_j^{(i)}) - PD_k(x_{k}^{(i)})\right]^2}{\sum_{i=1}^n\left({PD}_{jk}(x_j^{(i)},x_k^{(i)})\right)^2}
