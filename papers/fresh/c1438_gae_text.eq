% GAE, Schulman et al. (2016), Eqs. 10 and 16 as printed (\text{GAE}, :=), over a trajectory cut at T steps;
% V the value estimates of the T+1 states, r the T rewards (prose); the sum stops at the trajectory's end
r \in \mathbb{R}^{T}, V \in \mathbb{R}^{T+1}, \gamma, \lambda \in \mathbb{R}

\delta_t^V = r_t + \gamma V(s_{t+1}) - V(s_t)
\hat{A}_t^{\text{GAE}(\gamma,\lambda)} := \sum_{l=0}^{\infty}(\gamma\lambda)^l\delta^V_{t+l}
