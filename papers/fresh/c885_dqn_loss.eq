% DQN, Mnih et al. (2015), Eq. 2 (Methods): the loss over a minibatch of B transitions drawn uniformly from D;
% Q(s', a'; \theta_i^-) is the target network's B x A matrix, Q(s, a; \theta_i) the online value of the taken action (prose)
r, Q(s, a; \theta_i) \in \mathbb{R}^{B}, Q(s', a'; \theta_i^-) \in \mathbb{R}^{B \times A}, \gamma \in \mathbb{R}

L_i(\theta_i) = \mathbb{E}_{(s, a, r, s') \sim U(D)}\left[\left(r + \gamma \max_{a'} Q(s', a'; \theta_i^-) - Q(s, a; \theta_i)\right)^2\right]
