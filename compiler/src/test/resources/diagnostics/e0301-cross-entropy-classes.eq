% Cross-entropy as a dot product of the one-hot label and the log-probabilities, with the
% label declared over K classes and the logits over C.
y \in \mathbb{R}^{K}, z \in \mathbb{R}^{C}
L = -y^\top \log \mathrm{softmax}(z)
% ~ERROR E0301
