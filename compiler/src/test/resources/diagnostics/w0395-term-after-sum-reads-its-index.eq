% The binary cross-entropy as papers print it: the second term reads i, which only the sum binds
y, p \in \mathbb{R}^{N}

L = -\sum_{i=1}^{N} y_i \log p_i + (1 - y_i) \log(1 - p_i)
% ~WARNING W0395
