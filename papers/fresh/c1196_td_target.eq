% One-step TD targets of a rollout, Mnih et al. (2016), A3C Sec. 3 with k = 1 (and Sutton & Barto Eq. 6.2): the T
% rewards r_0 … r_{T-1} and the values V(s_0) … V(s_T) of its T+1 states (prose)
r \in \mathbb{R}^{T}, V \in \mathbb{R}^{T+1}, \gamma \in \mathbb{R}

y_t = r_t + \gamma V(s_{t+1})
