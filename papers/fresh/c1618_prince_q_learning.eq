% Prince, Understanding Deep Learning, Eq. 19.x (tabular Q-learning) as printed (from memory of the printing): the
% action values q[s, a] a table of S states by A actions, one observed transition (s_t, a_t, r, s_{t+1}) given as
% integer labels from 1
q[s_t, a_t] \in \mathbb{R}^{S \times A}, s_t, s_{t+1} \in \{1, \dots, S\}, a_t \in \{1, \dots, A\}, r[s_t, a_t], \alpha, \gamma \in \mathbb{R}

q[s_t, a_t] \leftarrow q[s_t, a_t] + \alpha\Bigl(r[s_t, a_t] + \gamma \cdot \max_a\bigl[q[s_{t+1}, a]\bigr] - q[s_t, a_t]\Bigr)
