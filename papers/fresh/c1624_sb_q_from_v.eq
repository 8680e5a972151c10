% Sutton & Barto-style action value from state values (the one-step look-ahead of policy improvement, Eq. 4.6 with the
% expected reward r(s,a) of Eq. 3.5), from memory; p(s'|s,a) is a table over next state, state and action
r \in \mathbb{R}^{S \times A}, p \in \mathbb{R}^{S \times S \times A}, v_\pi \in \mathbb{R}^{S}, \gamma \in \mathbb{R}

q_\pi(s, a) \doteq r(s, a) + \gamma \sum_{s'} p(s' \mid s, a) v_\pi(s')
