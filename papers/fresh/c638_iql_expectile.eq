% IQL, Kostrikov et al. (2022), Eq. 5 and the expectile loss L_2^tau(u) = |tau - 1(u < 0)| u^2, over a batch
% of B pairs (s, a); the target critic's and the value network's outputs are given per pair
Q_{\hat{\theta}}(s, a), V_\psi(s) \in \mathbb{R}^{B}, \tau = 0.7

L_2^\tau(u) = |\tau - \mathbb{1}(u < 0)| u^2
L_V(\psi) = \mathbb{E}_{(s, a) \sim \mathcal{D}}\left[L_2^\tau(Q_{\hat{\theta}}(s, a) - V_\psi(s))\right]
