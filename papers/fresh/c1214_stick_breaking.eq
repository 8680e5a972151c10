% Tan et al. 2024, "Scaling Stick-Breaking Attention", Eqs. 1-2 (keys i before query j; q, k, v the rows of Q, K, V)
Q, K \in \mathbb{R}^{L \times d}, V \in \mathbb{R}^{L \times d_v}

\beta_{i,j} = \sigma(q_j^\top k_i)
A_{i,j} = \beta_{i,j} \prod_{k=i+1}^{j-1} (1 - \beta_{k,j})
o_j = \sum_{i=1}^{j-1} A_{i,j} v_i
