% Sutton & Barto (2018), Eq. 6.7: Sarsa for the quintuple (S_t, A_t, R_{t+1}, S_{t+1}, A_{t+1}); Q is the
% n_s x n_a table, states and actions count from 0 (prose)
Q \in \mathbb{R}^{n_s \times n_a}, S_t, A_t, S_{t+1}, A_{t+1} \in \mathbb{N}, R_{t+1}, \alpha, \gamma \in \mathbb{R}

Q(S_t, A_t) \leftarrow Q(S_t, A_t) + \alpha\left[R_{t+1} + \gamma Q(S_{t+1}, A_{t+1}) - Q(S_t, A_t)\right]
