% A tensor written as the set of its elements is defined element by element.
W \in \mathbb{R}^{n \times m}
V = [V_{i,j} \mid V_{i,j} = 2 W_{i,j}]
% ~WARNING W0149
