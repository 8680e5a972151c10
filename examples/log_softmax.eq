% Cross-entropy of logits x against class probabilities y, as PyTorch's CrossEntropyLoss
% documents it, l(x, y) = -Σ_c y_c log(exp(x_c) / Σ_i exp(x_i)), through the log-softmax
x, y \in \mathbb{R}^{C}

% log-probabilities of the C classes, x - log Σ_i exp(x_i) without overflow
\mathrm{logp}(x) = \mathrm{log\_softmax}(x)
% the loss (the parentheses keep y^T as the left factor of a dot product)
\ell(x, y) = -\left(y^\top \mathrm{logsoftmax}(x)\right)
