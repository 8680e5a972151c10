% OpenAI Spinning Up, DDPG background: the mean-squared Bellman error with a max over the n_a actions, over a batch
% of B transitions; Q_phi(s,a), r, d per transition and Q_phi(s',a') for every action at each next state (prose)
Q_{\phi}(s,a), r, d \in \mathbb{R}^{B}, Q_{\phi}(s',a') \in \mathbb{R}^{B \times n_a}, \gamma \in \mathbb{R}

L(\phi, {\mathcal D}) = \underset{(s,a,r,s',d) \sim {\mathcal D}}{{\mathrm E}}\left[ \Bigg( Q_{\phi}(s,a) - \left(r + \gamma (1 - d) \max_{a'} Q_{\phi}(s',a') \right) \Bigg)^2 \right]
