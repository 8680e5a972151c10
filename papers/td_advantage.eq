% Asynchronous advantage actor-critic, Mnih et al. (2016), and Sutton and Barto (2018), Eq. 6.5: the
% one-step TD error, the critic's advantage estimate, at every step t of a rollout of T steps. V is the
% critic, a network the papers do not write out: V(s_{t+1}) and V(s_t) are its values at the next and
% the current states (inputs of the file).
r \in \mathbb{R}^{T}, \gamma = 0.99

\delta_t = r_t + \gamma V(s_{t+1}) - V(s_t)
