% TD3, Fujimoto et al. (2018), Eq. 10 (clipped double-Q target), for a batch of B transitions: the two target
% critics' values at (s', \tilde{a}) given as Q_1', Q_2' (prose), r the rewards
r, Q'_1, Q'_2 \in \mathbb{R}^{B}, \gamma \in \mathbb{R}

y = r + \gamma \min_{i=1,2} Q'_i
