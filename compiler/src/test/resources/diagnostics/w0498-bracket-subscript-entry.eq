% Goldberg's cross-entropy: the entry i of the declared vector, not the i-th largest entry
\mathbf{y}, \hat{\mathbf{y}} \in \mathbb{R}^{k}

L = -\sum_{i=1}^{k} \mathbf{y}_{[i]} \log(\mathbf{y}_{[i]})
% ~WARNING W0498
