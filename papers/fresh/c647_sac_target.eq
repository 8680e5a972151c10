% SAC as in OpenAI Spinning Up: the target with clipped double-Q and the entropy term, over a batch of B transitions;
% the target critics' values and the log-probability of the fresh action at s' are given
r, d \in \mathbb{R}^{B}, Q_{\phi_{\text{targ},1}}(s', \tilde{a}'), Q_{\phi_{\text{targ},2}}(s', \tilde{a}'), \pi_\theta(\tilde{a}' \mid s') \in \mathbb{R}^{B}, \gamma = 0.99, \alpha = 0.2

y(r, s', d) = r + \gamma (1 - d) \left(\min_{j=1,2} Q_{\phi_{\text{targ},j}}(s', \tilde{a}') - \alpha \log \pi_\theta(\tilde{a}' \mid s')\right)
