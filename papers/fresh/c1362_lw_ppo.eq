% Lilian Weng, "Policy Gradient Algorithms" (2018), PPO's clipped objective with a bare \mathbb{E} (the mean over
% the B sampled pairs); the probability ratios and the advantages given per pair (prose)
r(\theta), \hat{A}_{\theta_\text{old}}(s, a) \in \mathbb{R}^{B}, \epsilon \in \mathbb{R}

J^\text{CLIP} (\theta) = \mathbb{E} [ \min( r(\theta) \hat{A}_{\theta_\text{old}}(s, a), \text{clip}(r(\theta), 1 - \epsilon, 1 + \epsilon) \hat{A}_{\theta_\text{old}}(s, a))]
