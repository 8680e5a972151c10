% RankNet: the score differences of pairs, under the letter of the scores
o \in \mathbb{R}^{n}

o_{ij} = o_i - o_j
% ~WARNING W0484
