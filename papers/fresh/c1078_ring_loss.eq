% Ring loss, Zheng et al. (2018), Eq. 1: the feature norms of a batch of m samples pulled to a learned
% radius R; F(x) the m deep features, one row each (prose)
\mathcal{F}(x) \in \mathbb{R}^{m \times d}, R, \lambda \in \mathbb{R}

L_R = \frac{\lambda}{2m} \sum_{i=1}^{m} (\|\mathcal{F}(x_i)\|_2 - R)^2
