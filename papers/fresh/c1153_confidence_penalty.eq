% Confidence penalty, Pereyra et al. (2017), Eq. 2 with the entropy of Eq. 1, for one example: p the model's
% distribution over the K classes, y the label (counted from 1), beta the strength
p \in \mathbb{R}^{K}, y \in \{1, \dots, K\}, \beta \in \mathbb{R}

H(p) = -\sum_i p_i \log(p_i)
\mathcal{L} = -\log p_y - \beta H(p)
