% Cumulative reward of an episode (the running sum of rewards r_1, ..., r_T), with the built-in cumsum
r \in \mathbb{R}^{T}

R = \mathrm{cumsum}(r)
