% Soft Actor-Critic Algorithms and Applications, Haarnoja et al. (2018b), Eq. 7 with the reparameterised action
% f_phi(eps_t; s_t): the policy objective over a batch of B states; the log-probabilities and critic values of the
% sampled actions are given per sample (prose)
\log \pi_\phi(\mathbf{a}_t|\mathbf{s}_t), Q_\theta(\mathbf{s}_t, \mathbf{a}_t) \in \mathbb{R}^{B}, \alpha \in \mathbb{R}

J_\pi(\phi) = \mathbb{E}_{\mathbf{s}_t \sim \mathcal{D}}\left[\alpha \log \pi_\phi(\mathbf{a}_t|\mathbf{s}_t) - Q_\theta(\mathbf{s}_t, \mathbf{a}_t)\right]
