% GAE, Schulman et al. (2016): the TD residual with the values of the T+1 states beside the T rewards.
r \in \mathbb{R}^{T}, V \in \mathbb{R}^{T+1}, \gamma = 0.99
\delta_t = r_t + \gamma V_{t+1} - V_t
% ~WARNING W0170
% ~WARNING W0255
