% CS234's Markov reward process: the set of states named by its size
P \in \mathbb{R}^{S \times S}, V \in \mathbb{R}^{S}

y(s) = \sum_{t \in S} P(t \mid s) V(t)
% ~WARNING W0220
% ~WARNING W0511
% ~WARNING W0256
% ~WARNING W0161
