% Sutton & Barto (1998, 1st ed.), Eq. 4.5: one sweep of iterative policy evaluation; \pi(s, a) is the n_s x n_a
% policy table, \mathcal{P}^a_{ss'} and \mathcal{R}^a_{ss'} are n_a x n_s x n_s arrays (action, state, next state; prose)
\pi \in \mathbb{R}^{n_s \times n_a}, \mathcal{P}, \mathcal{R} \in \mathbb{R}^{n_a \times n_s \times n_s}, V_k \in \mathbb{R}^{n_s}, \gamma \in \mathbb{R}

V_{k+1}(s) = \sum_a \pi(s, a) \sum_{s'} \mathcal{P}^a_{ss'}\left[\mathcal{R}^a_{ss'} + \gamma V_k(s')\right]
