% PPO clipped surrogate (Schulman et al. 2017, Eq. 7) summed over T steps, gradient w.r.t. the ratios r
r, A \in \mathbb{R}^{T}, \epsilon = 0.2

L = \frac{1}{T}\sum_t \min(r_t A_t, \operatorname{clip}(r_t, 1 - \epsilon, 1 + \epsilon) A_t)
g = \nabla_r L
