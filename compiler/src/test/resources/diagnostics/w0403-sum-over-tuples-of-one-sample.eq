% TD3+BC (Fujimoto & Gu 2021), Eq. 4: the normaliser over the N transitions (s_i, a_i) of a mini-batch.
Q(s_i, a_i) \in \mathbb{R}^{N}, \alpha \in \mathbb{R}
\lambda = \frac{\alpha}{\frac{1}{N}\sum_{(s_i, a_i)} |Q(s_i, a_i)|}
% ~WARNING W0403
