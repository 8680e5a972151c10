% Sutton & Barto (2018), Reinforcement Learning: An Introduction, 2nd ed., Eq. 6.8: Q-learning's update of the
% entry of the state and action taken; Q a table of n_s states x n_a actions (prose)
Q \in \mathbb{R}^{n_s \times n_a}, S_t, A_t, S_{t+1} \in \mathbb{N}, R_{t+1}, \alpha, \gamma \in \mathbb{R}

Q(S_t, A_t) \leftarrow Q(S_t, A_t) + \alpha\left[R_{t+1} + \gamma \max_a Q(S_{t+1}, a) - Q(S_t, A_t)\right]
