% Sutton & Barto (2018), Eq. 7.2: the n-step TD update of the state-value table at S_t (the other states keep
% their values, prose); the n-step return G_{t:t+n} (Eq. 7.1) given, V_{t+n-1} the table of n_s values from 0
V_{t+n-1} \in \mathbb{R}^{n_s}, S_t \in \mathbb{N}, G_{t:t+n}, \alpha \in \mathbb{R}

V_{t+n}(S_t) \doteq V_{t+n-1}(S_t) + \alpha\left[G_{t:t+n} - V_{t+n-1}(S_t)\right]
