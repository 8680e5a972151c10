% Dr. GRPO, Liu et al. (2025), Eq. 3 (from memory): GRPO without the 1/|o_i| length normalisation and without the
% std; the group-mean advantage written with R(q, o_j) inside the sum, responses padded to T tokens, lengths |o_i| given as the undeclared o (W0101)
% (prose); the ratio given per token
\pi_\theta(o_{i,t} | q, o_{i,<t}), \pi_{\theta_{old}}(o_{i,t} | q, o_{i,<t}) \in \mathbb{R}^{G \times T}, R(q, o_i) \in \mathbb{R}^{G}, \epsilon \in \mathbb{R}

\hat{A}_{i,t} = R(q, o_i) - \frac{1}{G} \sum_{j=1}^{G} R(q, o_j)
\mathcal{J}(\pi_\theta) = \frac{1}{G} \sum_{i=1}^{G} \sum_{t=1}^{|o_i|} \min \left\{ \frac{\pi_\theta(o_{i,t} | q, o_{i,<t})}{\pi_{\theta_{old}}(o_{i,t} | q, o_{i,<t})} \hat{A}_{i,t}, \text{clip} \left( \frac{\pi_\theta(o_{i,t} | q, o_{i,<t})}{\pi_{\theta_{old}}(o_{i,t} | q, o_{i,<t})}, 1 - \epsilon, 1 + \epsilon \right) \hat{A}_{i,t} \right\}
