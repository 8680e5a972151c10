% A3C, Mnih et al. (2016), Sec. 4: the k-step return bootstrapped from the value of the state k steps ahead,
% over a rollout of T rewards and the values of its T+1 states (prose)
r \in \mathbb{R}^{T}, V \in \mathbb{R}^{T+1}, \gamma \in \mathbb{R}, k \in \mathbb{N}

R_t = \sum_{i=0}^{k-1} \gamma^i r_{t+i} + \gamma^k V(s_{t+k}) \quad t = 0, \dots, T-k
