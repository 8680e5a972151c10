% Sutton & Barto (2018), Eq. 7.1: the n-step return with \cdots; the rewards R_1..R_T of the episode, the states
% S_0..S_T (from 0) and the value table V_{t+n-1} of n_s states given, t and n numbers with t + n < T (prose)
R \in \mathbb{R}^{T}, S \in \mathbb{N}^{T+1}, V_{t+n-1} \in \mathbb{R}^{n_s}, t, n \in \mathbb{N}, \gamma \in \mathbb{R}

G_{t:t+n} \doteq R_{t+1} + \gamma R_{t+2} + \cdots + \gamma^{n-1}R_{t+n} + \gamma^n V_{t+n-1}(S_{t+n})
