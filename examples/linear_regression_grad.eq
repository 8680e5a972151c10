% Linear regression written in index notation, with the gradient of its mean squared error
X \in \mathbb{R}^{n \times d}, w \in \mathbb{R}^{d}, y \in \mathbb{R}^{n}

% The predictions, element by element
\hat{y}_i = \sum_{j=1}^{d} X_{ij} w_j
% Mean squared error over the n examples
\mathrm{MSE} = \frac{1}{n}\sum_{i=1}^{n} \left(\hat{y}_i - y_i\right)^2
% Its gradient with respect to the weights
g_w = \frac{\partial \mathrm{MSE}}{\partial w}
