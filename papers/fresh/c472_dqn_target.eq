% Human-level control through deep RL (DQN), Mnih et al. (2015), Algorithm 1: the target for a minibatch
% of transitions j = 1..B; the target network's values \hat{Q}(\phi_{j+1}, a'; \theta^-) for every action
% a' (a B x A matrix, prose), episodes not terminal
r \in \mathbb{R}^{B}, \hat{Q} \in \mathbb{R}^{B \times A}, \gamma \in \mathbb{R}

y_j = r_j + \gamma \max_{a'} \hat{Q}(\phi_{j+1}, a'; \theta^-)
