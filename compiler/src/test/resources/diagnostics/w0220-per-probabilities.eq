% Prioritised replay's P(i) = p_i^alpha / sum_k p_k^alpha: a function of an index is the tensor of its values.
p \in \mathbb{R}^{N}, \alpha \in \mathbb{R}
P(i) = \frac{p_i^\alpha}{\sum_k p_k^\alpha}
% ~WARNING W0220
