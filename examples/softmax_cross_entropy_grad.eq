% Softmax cross-entropy of a linear classifier over C classes, and its gradients
x \in \mathbb{R}^{d}, W \in \mathbb{R}^{C \times d}, b \in \mathbb{R}^{C}, y \in \mathbb{R}^{C}

% The logits
z = W x + b
% Cross-entropy against a target distribution y; log softmax is computed stably
L = -y^\top \log \mathrm{softmax}(z)
g_W = \frac{\partial L}{\partial W}
g_b = \frac{\partial L}{\partial b}
g_x = \nabla_{x} L
