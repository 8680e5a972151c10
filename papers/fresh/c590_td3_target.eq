% TD3, Fujimoto et al. (2018), Eq. 10 / Algorithm 1: the clipped double-Q target over a batch of B transitions;
% the two target critics' values at (s', \tilde a) are given per transition
r \in \mathbb{R}^{B}, Q_{\theta'_1}(s', \tilde{a}), Q_{\theta'_2}(s', \tilde{a}) \in \mathbb{R}^{B}, \gamma \in \mathbb{R}

y = r + \gamma \min_{i=1,2} Q_{\theta'_i}(s', \tilde{a})
