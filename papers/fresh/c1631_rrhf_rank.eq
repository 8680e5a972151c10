% RRHF, Yuan et al. (2023), Eq. 2 (ranking loss), pasted from the printing; p_i the length-normalised
% log-probabilities of the k responses and r_i their rewards (prose)
p, r \in \mathbb{R}^{k}

L_{rank} = \sum_{r_i < r_j} \max(0, p_i - p_j)
