% Soft Actor-Critic Algorithms and Applications, Haarnoja et al. (2018b), Eq. 18: the temperature objective,
% the expectation over a batch of B actions sampled from the current policy (their log-probabilities given)
\log \pi_t(\mathbf{a}_t|\mathbf{s}_t) \in \mathbb{R}^{B}, \alpha, \bar{\mathcal{H}} \in \mathbb{R}

J(\alpha) = \mathbb{E}_{\mathbf{a}_t \sim \pi_t}\left[-\alpha \log \pi_t(\mathbf{a}_t|\mathbf{s}_t) - \alpha\bar{\mathcal{H}}\right]
