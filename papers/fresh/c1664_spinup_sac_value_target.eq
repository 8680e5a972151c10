% OpenAI Spinning Up, SAC pseudocode (the version with a V network), the V target, pasted from docs/algorithms/sac.rst:
% one state; the two critics at the sampled action and the policy's density there given (prose)
Q_{\phi_i} (s, \tilde{a}) \in \mathbb{R}^{2}, \pi_{\theta}(\tilde{a}|s), \alpha \in \mathbb{R}

y_v (s) = \min_{i=1,2} Q_{\phi_i} (s, \tilde{a}) - \alpha \log \pi_{\theta}(\tilde{a}|s), \quad \tilde{a} \sim \pi_{\theta}(\cdot|s)
