% DeepSeek-R1, DeepSeek-AI (2025), Eqs. 1-3 (GRPO, sequence level), pasted from the printing; the G outputs' sequence
% probabilities under pi_theta, pi_theta_old, pi_ref and their rewards r_i given per output (prose); the
% expectation over q and the sampled group is this one group
\pi_\theta(o_i|q), \pi_{\theta_{old}}(o_i|q), \pi_{ref}(o_i|q), r \in \mathbb{R}^{G}, \varepsilon = 0.2, \beta = 0.04

\mathcal{J}_{GRPO}(\theta) = \mathbb{E}[q \sim P(Q), \{o_i\}_{i=1}^G \sim \pi_{\theta_{old}}(O|q)] \frac{1}{G}\sum_{i=1}^G \left( \min \left( \frac{\pi_\theta(o_i|q)}{\pi_{\theta_{old}}(o_i|q)} A_i, \text{clip} \left( \frac{\pi_\theta(o_i|q)}{\pi_{\theta_{old}}(o_i|q)}, 1 - \varepsilon, 1 + \varepsilon \right) A_i \right) - \beta \mathbb{D}_{KL}\left(\pi_\theta || \pi_{ref}\right)\right),
\mathbb{D}_{KL}\left(\pi_\theta || \pi_{ref}\right) = \frac{\pi_{ref}(o_i|q)}{\pi_\theta(o_i|q)} - \log\frac{\pi_{ref}(o_i|q)}{\pi_\theta(o_i|q)} - 1,
A_i = \frac{r_i - {\rm mean}(\{r_1, r_2, \cdots, r_G\})}{{\rm std}(\{r_1, r_2, \cdots, r_G\})}.
