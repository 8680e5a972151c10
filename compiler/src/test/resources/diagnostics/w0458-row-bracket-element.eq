% Laine & Aila (2017), Algorithm 1: the log-probability of each input's label, z_i[y_i] as in code
z \in \mathbb{R}^{B \times C}, y \in \{1, \ldots, C\}^{B}
l = -\frac{1}{B} \sum_{i} \log z_i[y_i]
% ~WARNING W0458
