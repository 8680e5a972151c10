% Soft Actor-Critic, Haarnoja et al. (2018, "SAC algorithms and applications"), Eq. 18: the temperature loss,
% with the log-probabilities of B sampled actions given and the target entropy \bar{\mathcal{H}}
\log \pi_t(\mathbf{a}_t|\mathbf{s}_t) \in \mathbb{R}^{B}, \alpha, \bar{\mathcal{H}} \in \mathbb{R}

J(\alpha) = \mathbb{E}_{\mathbf{a}_t \sim \pi_t}\left[-\alpha \log \pi_t(\mathbf{a}_t|\mathbf{s}_t) - \alpha \bar{\mathcal{H}}\right]
