% Sutton & Barto (2018), Eq. 6.10: Double Q-learning's update of Q_1; Q_1, Q_2 the n_s x n_a tables, states and
% actions counted from 0 (prose)
Q_1, Q_2 \in \mathbb{R}^{n_s \times n_a}, S_t, A_t, S_{t+1} \in \mathbb{N}, R_{t+1}, \alpha, \gamma \in \mathbb{R}

Q_1(S_t,A_t) \leftarrow Q_1(S_t,A_t) + \alpha\Big[R_{t+1} + \gamma Q_2\big(S_{t+1}, \underset{a}{\arg\max}\, Q_1(S_{t+1},a)\big) - Q_1(S_t,A_t)\Big]
