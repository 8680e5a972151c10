% PPO, Schulman et al. (2017), Eq. 6-7: the probability ratio r_t(\theta) with \pi^{\text{old}} a
% name, clipped surrogate per sample (probabilities of the taken actions as vectors).
\pi, \pi^{\text{old}}, \hat{A} \in \mathbb{R}^{n}, \epsilon \in \mathbb{R}
r = \pi / \pi^{\text{old}}
L_i = \min(r_i \hat{A}_i, \mathrm{clip}(r_i, 1 - \epsilon, 1 + \epsilon) \hat{A}_i)
