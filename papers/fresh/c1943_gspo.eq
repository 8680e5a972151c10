% GSPO, Zheng et al. (2025, "Group Sequence Policy Optimization"), Eqs. 5 and 7: the sequence-level importance
% ratio (length-normalised) and the clipped objective of a group, from memory of the printing; the per-token
% probabilities given as tables over the G responses and T tokens (responses padded to T tokens; the lengths |y_i| given as the undeclared y, W0101)
\pi_\theta(y_{i,t} \mid x, y_{i,<t}), \pi_{\theta_\text{old}}(y_{i,t} \mid x, y_{i,<t}) \in \mathbb{R}^{G \times T}, \hat{A}_i \in \mathbb{R}^{G}, \varepsilon \in \mathbb{R}

s_i(\theta) = \exp\left( \frac{1}{|y_i|} \sum_{t=1}^{|y_i|} \log \frac{\pi_\theta(y_{i,t} \mid x, y_{i,<t})}{\pi_{\theta_\text{old}}(y_{i,t} \mid x, y_{i,<t})} \right)
\mathcal{J}_\text{GSPO}(\theta) = \frac{1}{G} \sum_{i=1}^{G} \min\left( s_i(\theta) \hat{A}_i, \mathrm{clip}\left( s_i(\theta), 1 - \varepsilon, 1 + \varepsilon \right) \hat{A}_i \right)
