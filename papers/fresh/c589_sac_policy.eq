% SAC, Haarnoja et al. (2018b), Eq. 7 (with temperature alpha): the policy objective over a batch of B states,
% one sampled action each; log pi and Q at those are given
\log\pi_\phi(a_t \mid s_t), Q_\theta(s_t, a_t) \in \mathbb{R}^{B}, \alpha \in \mathbb{R}

J_\pi(\phi) = \mathbb{E}_{s_t \sim \mathcal{D}}\left[\mathbb{E}_{a_t \sim \pi_\phi}\left[\alpha \log \pi_\phi(a_t \mid s_t) - Q_\theta(s_t, a_t)\right]\right]
