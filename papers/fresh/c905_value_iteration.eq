% Sutton & Barto (1998, 1st ed.), Eq. 4.10 in the P/R notation of Sec. 3.6: one sweep of value iteration;
% \mathcal{P}^a_{ss'} and \mathcal{R}^a_{ss'} are n_a x n_s x n_s arrays (action, state, next state; prose)
\mathcal{P}, \mathcal{R} \in \mathbb{R}^{n_a \times n_s \times n_s}, V_k \in \mathbb{R}^{n_s}, \gamma \in \mathbb{R}

V_{k+1}(s) = \max_a \sum_{s'} \mathcal{P}^a_{ss'}\left[\mathcal{R}^a_{ss'} + \gamma V_k(s')\right]
