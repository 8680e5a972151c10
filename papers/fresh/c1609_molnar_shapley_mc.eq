% Molnar, Interpretable Machine Learning, shapley.qmd (Strumbelj & Kononenko's estimate) as printed: the Monte Carlo
% Shapley value of feature j from M draws, the model's predictions at the two constructed instances given per draw
\hat{f}(\mathbf{x}^{(m)}_{+j}), \hat{f}(\mathbf{x}^{(m)}_{-j}) \in \mathbb{R}^{M}

\hat{\phi}_{j} = \frac{1}{M}\sum_{m=1}^M\left(\hat{f}(\mathbf{x}^{(m)}_{+j}) - \hat{f}(\mathbf{x}^{(m)}_{-j})\right)
