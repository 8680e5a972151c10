% Sutton & Barto (2018), Sec. 5.4, on-policy first-visit MC control (box): the epsilon-greedy improvement at
% state S_t; Q is the n_s x n_a table, |\mathcal{A}(S_t)| the number of actions n_a, counting from 0 (prose)
Q \in \mathbb{R}^{n_s \times n_a}, S_t \in \mathbb{N}, \varepsilon \in \mathbb{R}

A^* \leftarrow \arg\max_a Q(S_t, a)
\pi(a|S_t) \leftarrow \begin{cases} 1 - \varepsilon + \varepsilon/|\mathcal{A}(S_t)| & \text{if } a = A^* \\ \varepsilon/|\mathcal{A}(S_t)| & \text{if } a \neq A^* \end{cases}
