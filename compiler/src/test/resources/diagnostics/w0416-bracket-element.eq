% Talking-heads attention mixes the heads with a matrix indexed as in code
L \in \mathbb{R}^{H \times n \times m}, P \in \mathbb{R}^{H \times H}
J_{g,i,j} = \sum_{h} L_{h,i,j} P[h, g]
% ~WARNING W0416
