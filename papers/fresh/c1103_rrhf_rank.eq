% RRHF, Yuan et al. (2023), Eq. 2: the ranking loss over the k responses of a query; p_i the length-
% normalised log-probability of response i and r_i its reward (prose)
p, r \in \mathbb{R}^{k}

L_{rank} = \sum_{r_i < r_j} \max(0, p_i - p_j)
