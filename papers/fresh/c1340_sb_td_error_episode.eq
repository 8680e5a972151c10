% Sutton & Barto (2018), Eq. 6.5: the TD error at every step of an episode S_0, R_1, S_1, ..., R_T, S_T; V the
% table of n_s state values (states count from 0); the T rewards R_1..R_T and the T+1 states S_0..S_T given (prose)
V \in \mathbb{R}^{n_s}, S \in \mathbb{N}^{T+1}, R \in \mathbb{R}^{T}, \gamma \in \mathbb{R}

\delta_t \doteq R_{t+1} + \gamma V(S_{t+1}) - V(S_t)
