% GAE, Schulman et al. (2016), Eqs. 10 and 16, over a trajectory cut at T steps (the sum is finite in practice);
% V the value estimates of the T+1 states, r the rewards (prose)
r \in \mathbb{R}^{T}, V \in \mathbb{R}^{T+1}, \gamma, \lambda \in \mathbb{R}

\delta_t^V = r_t + \gamma V(s_{t+1}) - V(s_t)
\hat{A}_t^{GAE(\gamma, \lambda)} = \sum_{l=0}^{\infty} (\gamma \lambda)^l \delta_{t+l}^V
