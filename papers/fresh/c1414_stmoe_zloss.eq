% ST-MoE, Zoph et al. (2022), Eq. 5: the router z-loss over B tokens and N experts, x the router logits
% (B x N, prose)
x \in \mathbb{R}^{B \times N}

L_z(x) = \frac{1}{B} \sum_{i=1}^{B} \left( \log \sum_{j=1}^{N} e^{x_j^{(i)}} \right)^2
