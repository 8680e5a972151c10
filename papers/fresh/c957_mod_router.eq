% Mixture-of-Depths (Raposo et al., 2024), Eqs. 1-2: a token takes the block's computation f only when its router
% weight r_i = w^T x_i exceeds the beta-th percentile P_beta(R) of the sequence's router weights; the block's output
% for every token and the percentile are given (prose)
x^l \in \mathbb{R}^{S \times d}, f_i(\tilde{X}^l) \in \mathbb{R}^{S \times d}, w_\theta \in \mathbb{R}^{d}, P_\beta(R^l) \in \mathbb{R}

r_i^l = w_\theta^T x_i^l
x_i^{l+1} = \begin{cases} r_i^l f_i(\tilde{X}^l) + x_i^l, & \text{if } r_i^l > P_\beta(R^l) \\ x_i^l, & \text{if } r_i^l < P_\beta(R^l) \end{cases}
