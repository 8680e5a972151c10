% OpenAI Spinning Up, DDPG: the mean-squared Bellman error with the target networks, over a batch of B transitions;
% the critic's and target critic's values and r, d (done flags) given per transition (prose)
Q_{\phi}(s,a), Q_{\phi_{\text{targ}}}(s', \mu_{\theta_{\text{targ}}}(s')), r, d \in \mathbb{R}^{B}, \gamma \in \mathbb{R}

L(\phi, {\mathcal D}) = \underset{(s,a,r,s',d) \sim {\mathcal D}}{{\mathrm E}}\left[ \Bigg( Q_{\phi}(s,a) - \left(r + \gamma (1 - d) Q_{\phi_{\text{targ}}}(s', \mu_{\theta_{\text{targ}}}(s')) \right) \Bigg)^2 \right]
