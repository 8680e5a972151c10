% PPO, Schulman et al. (2017), Eqs. 6-7: the ratio r_t(theta) = pi_theta(a_t|s_t) / pi_theta_old(a_t|s_t), and the
% advantage estimates \hat{A}_t, for T timesteps (prose); \hat{\mathbb{E}}_t the average over them
r, \hat{A} \in \mathbb{R}^{T}, \epsilon \in \mathbb{R}

L^{CLIP}(\theta) = \hat{\mathbb{E}}_t\left[\min(r_t(\theta)\hat{A}_t, \text{clip}(r_t(\theta), 1 - \epsilon, 1 + \epsilon)\hat{A}_t)\right]
