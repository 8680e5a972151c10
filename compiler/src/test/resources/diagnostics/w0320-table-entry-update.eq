% Sutton & Barto (2018), Eq. 6.2: tabular TD(0) updates the value of one state.
V \in \mathbb{R}^{n_s}, S_t, S_{t+1} \in \mathbb{N}, R_{t+1}, \alpha, \gamma \in \mathbb{R}
V(S_t) \leftarrow V(S_t) + \alpha\left[R_{t+1} + \gamma V(S_{t+1}) - V(S_t)\right]
% ~WARNING W0320
% ~WARNING W0140
% ~WARNING W0140
% ~WARNING W0140
