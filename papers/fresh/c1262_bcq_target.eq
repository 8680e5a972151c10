% BCQ, Fujimoto et al. (2019), Eq. 13 / Algorithm 1: the soft clipped double-Q target of one transition over the
% n perturbed actions a_i sampled at s'; both target critics' values at them given (prose)
Q_{\theta'_1}(s', a_i), Q_{\theta'_2}(s', a_i) \in \mathbb{R}^{n}, r, \gamma, \lambda \in \mathbb{R}

y = r + \gamma \max_{a_i} \left[ \lambda \min_{j=1,2} Q_{\theta'_j}(s', a_i) + (1 - \lambda) \max_{j=1,2} Q_{\theta'_j}(s', a_i) \right]
