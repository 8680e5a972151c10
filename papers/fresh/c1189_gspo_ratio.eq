% GSPO, Zheng et al. (2025), Eq. 7: the sequence-level importance ratio of response y_i, the length-normalised
% product of the token ratios; the G responses padded to L tokens, m_{i,t} = 1 on real tokens, |y_i| the lengths
\log \pi_\theta(y_{i,t}|x, y_{i,<t}), \log \pi_{\theta_{old}}(y_{i,t}|x, y_{i,<t}), m \in \mathbb{R}^{G \times L}, |y| \in \mathbb{R}^{G}

s_i(\theta) = \exp\left(\frac{1}{|y_i|} \sum_{t=1}^{L} m_{i,t} \left(\log \pi_\theta(y_{i,t}|x, y_{i,<t}) - \log \pi_{\theta_{old}}(y_{i,t}|x, y_{i,<t})\right)\right)
