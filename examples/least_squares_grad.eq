% Least squares for a linear model, with the gradients gradient descent needs
X \in \mathbb{R}^{n \times d}, w \in \mathbb{R}^{d}, y \in \mathbb{R}^{n}

% The residuals of the predictions
r = X w - y
% Half the mean squared residual
L = \frac{1}{2n} \|r\|^2
% Its gradient with respect to the weights, by reverse-mode differentiation at compile time
g_w = \nabla_{w} L
% and with respect to the data (as in adversarial examples)
g_X = \frac{\partial L}{\partial X}
