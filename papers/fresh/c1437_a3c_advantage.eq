% A3C, Mnih et al. (2016), Sec. 4 as printed: the advantage estimate of the k-step return, over a rollout of T
% rewards and the value estimates V(s; theta_v) of its T+1 states (prose); k <= T
r \in \mathbb{R}^{T}, V \in \mathbb{R}^{T+1}, \gamma \in \mathbb{R}, k \in \mathbb{N}

A(s_t, a_t; \theta, \theta_v) = \sum_{i=0}^{k-1}\gamma^{i}r_{t+i} + \gamma^{k}V(s_{t+k};\theta_v) - V(s_t;\theta_v)
