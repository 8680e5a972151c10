% Sutton & Barto (2018), Eq. 6.9: Expected Sarsa; Q is the n_s x n_a table and \pi(a|s) the policy's
% table, one row per state (prose), states and actions count from 0
Q, \pi \in \mathbb{R}^{n_s \times n_a}, S_t, A_t, S_{t+1} \in \mathbb{N}, R_{t+1}, \alpha, \gamma \in \mathbb{R}

Q(S_t, A_t) \leftarrow Q(S_t, A_t) + \alpha\left[R_{t+1} + \gamma \sum_a \pi(a|S_{t+1}) Q(S_{t+1}, a) - Q(S_t, A_t)\right]
