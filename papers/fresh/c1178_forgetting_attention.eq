% Forgetting Transformer, Lin et al. (2025), Eqs. 4-5: causal softmax attention down-weighted by the product of the
% forget gates f_l in (0, 1) of the positions between j and i; L tokens, q_i, k_j, v_j rows of Q, K, V
Q, K \in \mathbb{R}^{L \times d}, V \in \mathbb{R}^{L \times d_v}, f \in \mathbb{R}^{L}

F_{ij} = \prod_{l=j+1}^{i} f_l
o_i = \frac{\sum_{j=1}^{i} F_{ij} \exp(q_i^\top k_j) v_j}{\sum_{j=1}^{i} F_{ij} \exp(q_i^\top k_j)}
