% DeepSeekMath GRPO as restated in the Dr. GRPO paper (Liu et al. 2025, Eq. 2), from memory of the printing: the
% per-response length normalisation 1/|o_i| inside the group mean, token ratios, sequence-level advantage \hat{A}_i
% broadcast over the tokens, and the k3 KL estimator per token; per-token probabilities as G x T tables (responses
% padded to T), the lengths |o_i| (as the undeclared o) given as the undeclared o (W0101)
\pi_\theta(o_{i,t} | q, o_{i,<t}), \pi_{\theta_{old}}(o_{i,t} | q, o_{i,<t}), \pi_{ref}(o_{i,t} | q, o_{i,<t}) \in \mathbb{R}^{G \times T}, \hat{A}_i \in \mathbb{R}^{G}, \epsilon, \beta \in \mathbb{R}

\mathbb{D}_{KL}^{i,t} = \frac{\pi_{ref}(o_{i,t} | q, o_{i,<t})}{\pi_\theta(o_{i,t} | q, o_{i,<t})} - \log \frac{\pi_{ref}(o_{i,t} | q, o_{i,<t})}{\pi_\theta(o_{i,t} | q, o_{i,<t})} - 1
\mathcal{J}_{GRPO}(\pi_\theta) = \frac{1}{G} \sum_{i=1}^{G} \frac{1}{|o_i|} \sum_{t=1}^{|o_i|} \left\{ \min \left[ \frac{\pi_\theta(o_{i,t} | q, o_{i,<t})}{\pi_{\theta_{old}}(o_{i,t} | q, o_{i,<t})} \hat{A}_i, \text{clip} \left( \frac{\pi_\theta(o_{i,t} | q, o_{i,<t})}{\pi_{\theta_{old}}(o_{i,t} | q, o_{i,<t})}, 1 - \epsilon, 1 + \epsilon \right) \hat{A}_i \right] - \beta \mathbb{D}_{KL}^{i,t} \right\}
