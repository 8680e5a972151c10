% GAE as implementations compute it (Schulman et al. 2016, Eq. 16 rewritten as the backward recursion
% \hat{A}_t = \delta_t + \gamma\lambda \hat{A}_{t+1}, \hat{A}_T = 0; PPO, Schulman et al. 2017, Eq. 11-12),
% r the T rewards, V the values of the T+1 states (prose)
r \in \mathbb{R}^{T}, V \in \mathbb{R}^{T+1}, \gamma, \lambda \in \mathbb{R}

\delta_t = r_t + \gamma V_{t+1} - V_t
\hat{A}_t = \delta_t + \gamma \lambda \hat{A}_{t+1}
