% Sutton & Barto (2018), Eq. 6.2: tabular TD(0) for the transition (S_t, R_{t+1}, S_{t+1}); V is the table
% of n_s state values, states count from 0 (prose)
V \in \mathbb{R}^{n_s}, S_t, S_{t+1} \in \mathbb{N}, R_{t+1}, \alpha, \gamma \in \mathbb{R}

V(S_t) \leftarrow V(S_t) + \alpha\left[R_{t+1} + \gamma V(S_{t+1}) - V(S_t)\right]
