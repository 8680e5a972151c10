% Soft actor-critic target with clipped double Q, Haarnoja et al. (2018b) / Fujimoto et al. (2018):
% y = r + \gamma (1 - d)(\min_{i=1,2} Q_{\phi_{targ,i}}(s', \tilde{a}') - \alpha \log \pi_\theta(\tilde{a}' | s'))
r, d, Q_1, Q_2, l_\pi \in \mathbb{R}^{B}, \gamma, \alpha \in \mathbb{R}

y = r + \gamma (1 - d) \left( \min(Q_1, Q_2) - \alpha l_\pi \right)
