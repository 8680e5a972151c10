% GAE as PPO prints it (Schulman et al., 2017, Eqs. 11-12): truncated advantages over T steps, with the
% TD residuals defined after the line; V holds the value at the T+1 states visited
r \in \mathbb{R}^{T}, V \in \mathbb{R}^{T+1}, \gamma, \lambda \in \mathbb{R}

\hat{A}_t = \sum_{l=0}^{T-t-1} (\gamma\lambda)^l \delta_{t+l}, \quad \text{where} \quad \delta_t = r_t + \gamma V_{t+1} - V_t
