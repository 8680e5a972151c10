% The discounted return of an episode computed backward (Sutton & Barto 2018, Eq. 3.9), G_T = 0 stated;
% r the T rewards R_{t+1}, t = 0, ..., T-1, stored from 0
r \in \mathbb{R}^{T}, \gamma \in \mathbb{R}

G_t = r_t + \gamma G_{t+1}
G_T = 0
