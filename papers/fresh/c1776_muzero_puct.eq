% Schrittwieser et al. (Nature 2020), "MuZero", Eq. 2 (pUCT action selection), written from memory of the printing;
% Q, P, N tables over states x actions (prose), s the current state
Q, P, N \in \mathbb{R}^{S \times A}

a^k = \arg\max_a \left[ Q(s, a) + P(s, a) \cdot \frac{\sqrt{\sum_b N(s, b)}}{1 + N(s, a)} \left( c_1 + \log\left( \frac{\sum_b N(s, b) + c_2 + 1}{c_2} \right) \right) \right]
