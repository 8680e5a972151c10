% Zoph et al. (2022), ST-MoE, Eq. 5 (router z-loss), pasted from the printing; x \in R^{B x N} from prose
% (B tokens, N experts, x the router logits)
x \in \mathbb{R}^{B \times N}

L_z(x) = \frac{1}{B} \sum_{i=1}^{B} \left( \log \sum_{j=1}^{N} e^{x_j^{(i)}} \right)^2
