% Lilian Weng, "Learning with not Enough Data Part 1" (2021), the mixup loss as printed there: one-hot labels y_i, y_j
% and the predicted class probabilities of the mixed input
y_i, y_j, f_\theta(\bar{\mathbf{x}}) \in \mathbb{R}^{C}, \lambda \in \mathbb{R}

\mathcal{L} = \lambda [y_i^\top \log f_\theta(\bar{\mathbf{x}})] + (1-\lambda) [y_j^\top \log f_\theta(\bar{\mathbf{x}})]
