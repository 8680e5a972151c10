% Sutton & Barto (2018), Eq. 6.9: Expected Sarsa (second line); Q the table of action values and \pi the
% policy's action probabilities, both n_s x n_a, states and actions counted from 0 (prose)
Q, \pi \in \mathbb{R}^{n_s \times n_a}, S_t, A_t, S_{t+1} \in \mathbb{N}, R_{t+1}, \alpha, \gamma \in \mathbb{R}

Q(S_t,A_t) \leftarrow Q(S_t,A_t) + \alpha\Big[R_{t+1} + \gamma\sum_a\pi(a|S_{t+1})Q(S_{t+1},a) - Q(S_t,A_t)\Big]
