% Lilian Weng, "Learning with not Enough Data Part 1: Semi-Supervised Learning" (2021), temporal ensembling (Laine &
% Aila 2017) as printed there: the bias-corrected moving average of the predictions of N samples over C classes
\tilde{\mathbf{z}}^{(t-1)}, \mathbf{z} \in \mathbb{R}^{N \times C}, \alpha, t \in \mathbb{R}

\tilde{\mathbf{z}}^{(t)}_i = \frac{\alpha \tilde{\mathbf{z}}^{(t-1)}_i + (1-\alpha) \mathbf{z}_i}{1-\alpha^t}
