% The gradient of a loss that reads D(x), the value of a function the file does not define: its
% derivative is unknown. The error is at the value, with a label on the gradient.
x, w \in \mathbb{R}^{d}
L = \sum_j (w_j x_j + \log D(x)_j)
% ~WARNING W0190
% ~ERROR E0501
g = \nabla_{w} L
