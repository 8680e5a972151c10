% Molnar, Interpretable Machine Learning, the total sum of squares: y-bar is the mean of y, defined nowhere
y \in \mathbb{R}^{n}
SST = \sum_{i=1}^n (y_i - \bar{y})^2
% ~WARNING W0386
