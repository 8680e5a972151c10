% DQN, Mnih et al. (2015), Algorithm 1: the target of a minibatch of B transitions (the "otherwise" branch, no
% terminal); \hat{Q}(\phi_{j+1}, a'; \theta^-) the target network's B x A action values of the next states (prose)
r \in \mathbb{R}^{B}, \hat{Q}(\phi_{j+1}, a'; \theta^-) \in \mathbb{R}^{B \times A}, \gamma \in \mathbb{R}

y_j = r_j + \gamma \max_{a'} \hat{Q}(\phi_{j+1}, a'; \theta^-)
