% OpenAI Spinning Up, PPO: the simplified clipped objective and its helper g, printed in this order; for a batch
% of B pairs, probabilities under the new and old policies and the advantages given per pair (prose)
\pi_{\theta}(a|s), \pi_{\theta_k}(a|s), A^{\pi_{\theta_k}}(s,a) \in \mathbb{R}^{B}, \epsilon \in \mathbb{R}

L(s,a,\theta_k,\theta) = \min\left( \frac{\pi_{\theta}(a|s)}{\pi_{\theta_k}(a|s)} A^{\pi_{\theta_k}}(s,a), \;\; g(\epsilon, A^{\pi_{\theta_k}}(s,a)) \right)
g(\epsilon, A) = \left\{ \begin{array}{ll} (1 + \epsilon) A & A \geq 0 \\ (1 - \epsilon) A & A < 0. \end{array} \right.
