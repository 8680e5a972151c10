% RankNet, Burges et al. (2005), Eqs. 1-3: the cost of one pair (i, j) with target probability \bar{P}_{ij},
% o_i = f(x_i) the model's scores
o \in \mathbb{R}^{n}, \bar{P} \in \mathbb{R}^{n \times n}

o_{ij} = o_i - o_j
P_{ij} = \frac{e^{o_{ij}}}{1 + e^{o_{ij}}}
C_{ij} = -\bar{P}_{ij} \log P_{ij} - (1 - \bar{P}_{ij}) \log(1 - P_{ij})
