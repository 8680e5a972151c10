% Soft Actor-Critic, Haarnoja et al. (2018, "SAC algorithms and applications"), Eq. 9 / 7: the policy loss over a
% batch of B states, the reparameterised action's log-probability and the critic's value given per state
\log \pi_\phi(f_\phi(\epsilon_t; s_t)|s_t), Q_\theta(s_t, f_\phi(\epsilon_t; s_t)) \in \mathbb{R}^{B}, \alpha \in \mathbb{R}

J_\pi(\phi) = \mathbb{E}_{s_t \sim \mathcal{D}, \epsilon_t \sim \mathcal{N}}\left[\alpha \log \pi_\phi(f_\phi(\epsilon_t; s_t)|s_t) - Q_\theta(s_t, f_\phi(\epsilon_t; s_t))\right]
