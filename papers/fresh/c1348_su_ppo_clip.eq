% OpenAI Spinning Up, PPO: the clipped objective per state-action pair, for a batch of B pairs; the probabilities
% of a under the new and old policies and the advantages given per pair (prose)
\pi_{\theta}(a|s), \pi_{\theta_k}(a|s), A^{\pi_{\theta_k}}(s,a) \in \mathbb{R}^{B}, \epsilon \in \mathbb{R}

L(s,a,\theta_k,\theta) = \min\left( \frac{\pi_{\theta}(a|s)}{\pi_{\theta_k}(a|s)}  A^{\pi_{\theta_k}}(s,a), \;\; \text{clip}\left(\frac{\pi_{\theta}(a|s)}{\pi_{\theta_k}(a|s)}, 1 - \epsilon, 1+\epsilon \right) A^{\pi_{\theta_k}}(s,a) \right)
