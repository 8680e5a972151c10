% GSPO, Zheng et al. (2025), Eqs. 13-14 (GSPO-token, from memory): the token-level ratio built from the stopped
% sequence ratio, \mathrm{sg}[\cdot] written with square brackets (identity on values); per-token tables padded to T,
% lengths |y_i| given as the undeclared y; s_i(\theta) the length-normalised sequence ratio (Eq. 7)
\pi_\theta(y_{i,t} | x, y_{i,<t}), \pi_{\theta_{old}}(y_{i,t} | x, y_{i,<t}), \hat{A}_{i,t} \in \mathbb{R}^{G \times T}, \varepsilon \in \mathbb{R}

s_i(\theta) = \left( \frac{\pi_\theta(y_i | x)}{\pi_{\theta_{old}}(y_i | x)} \right)^{\frac{1}{|y_i|}} = \exp\left( \frac{1}{|y_i|} \sum_{t=1}^{|y_i|} \log \frac{\pi_\theta(y_{i,t} | x, y_{i,<t})}{\pi_{\theta_{old}}(y_{i,t} | x, y_{i,<t})} \right)
s_{i,t}(\theta) = \mathrm{sg}\left[ s_i(\theta) \right] \cdot \frac{\pi_\theta(y_{i,t} | x, y_{i,<t})}{\mathrm{sg}\left[ \pi_\theta(y_{i,t} | x, y_{i,<t}) \right]}
\mathcal{J}_{\text{GSPO-token}}(\theta) = \frac{1}{G} \sum_{i=1}^{G} \frac{1}{|y_i|} \sum_{t=1}^{|y_i|} \min\left( s_{i,t}(\theta) \hat{A}_{i,t}, \mathrm{clip}\left( s_{i,t}(\theta), 1 - \varepsilon, 1 + \varepsilon \right) \hat{A}_{i,t} \right)
