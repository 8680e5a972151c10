% REINFORCE with baseline, Sutton & Barto (2018), Sec. 13.4 (Eq. 13.11) as the loss whose gradient is the update:
% one episode of T steps, G the returns, b the baseline's values at the states, pi the probabilities of the actions taken
G, b \in \mathbb{R}^{T}, \pi(A_t \mid S_t, \boldsymbol{\theta}) \in \mathbb{R}^{T}

J = \frac{1}{T}\sum_{t=0}^{T-1} \left(G_t - b(S_t)\right) \ln \pi(A_t \mid S_t, \boldsymbol{\theta})
