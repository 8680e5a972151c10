% n-step return, Sutton & Barto (2018), Eq. 7.1: G_{t:t+n} = R_{t+1} + \gamma R_{t+2} + ... + \gamma^{n-1} R_{t+n} + \gamma^n V(S_{t+n})
% R holds the n rewards R_{t+1} ... R_{t+n}; V_n the bootstrap value V(S_{t+n})
R \in \mathbb{R}^{n}, V_n, \gamma \in \mathbb{R}

G = \sum_{k=1}^{n} \gamma^{k-1} R_k + \gamma^n V_n
