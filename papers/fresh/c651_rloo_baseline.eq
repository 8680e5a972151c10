% RLOO, Ahmadian et al. (2024), Eq. 4: the leave-one-out baseline of each of k samples' rewards
R \in \mathbb{R}^{k}

b_i = \frac{1}{k-1}\sum_{j \neq i} R_j
A_i = R_i - b_i
