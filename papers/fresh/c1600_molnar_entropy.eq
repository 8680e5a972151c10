% Molnar, Interpretable Machine Learning, data.qmd as printed: the entropy of a categorical feature over its
% categories C_j, P(c) the share of category c (given)
\mathbb{P}(c) \in \mathbb{R}^{C}

H(X_j) = -\sum_{c \in C_j} \mathbb{P}(c) \log \mathbb{P}(c).
