% PPO, Schulman et al. (2017), Eq. 9 with L^{VF}_t = (V_\theta(s_t) - V_t^{targ})^2 and L^{CLIP} of Eq. 7, over T steps;
% the ratio r_t, the advantages, the value targets, the values and the entropy bonus S at each step are given
r, \hat{A}, V^{targ}, V_\theta, S \in \mathbb{R}^{T}, \epsilon = 0.2, c_1 = 0.5, c_2 = 0.01

L^{CLIP+VF+S} = \hat{\mathbb{E}}_t\left[\min(r_t \hat{A}_t, \mathrm{clip}(r_t, 1 - \epsilon, 1 + \epsilon)\hat{A}_t) - c_1 (V_\theta(s_t) - V_t^{targ})^2 + c_2 S[\pi_\theta](s_t)\right]
