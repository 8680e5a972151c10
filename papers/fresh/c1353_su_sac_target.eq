% OpenAI Spinning Up, SAC: the entropy-regularised target over a batch of B transitions; the two target critics'
% values, the new policy's probability of its sampled next action, r and d given per transition (prose)
Q_{\phi_{\text{targ},1}}(s', \tilde{a}'), Q_{\phi_{\text{targ},2}}(s', \tilde{a}'), \pi_{\theta}(\tilde{a}'|s'), r, d \in \mathbb{R}^{B}, \gamma, \alpha \in \mathbb{R}

y(r, s', d) = r + \gamma (1 - d) \left( \min_{j=1,2} Q_{\phi_{\text{targ},j}}(s', \tilde{a}') - \alpha \log \pi_{\theta}(\tilde{a}'|s') \right), \;\;\;\;\; \tilde{a}' \sim \pi_{\theta}(\cdot|s')
