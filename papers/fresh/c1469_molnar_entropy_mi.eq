% Molnar, Interpretable Machine Learning, data.qmd as printed: the mutual information of two categorical features from
% their joint distribution P(c, d) (given, C x D categories) and its marginals, and the entropy of feature j
\mathbb{P}(c, d) \in \mathbb{R}^{C \times D}, \mathbb{P}(c) \in \mathbb{R}^{C}, \mathbb{P}(d) \in \mathbb{R}^{D}

MI(X_j, X_k) = \sum_{c, d} \mathbb{P}(c, d) \log \frac{\mathbb{P}(c, d)}{\mathbb{P}(c) \mathbb{P}(d)},
