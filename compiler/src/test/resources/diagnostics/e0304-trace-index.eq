% A trace in index notation over a rectangular matrix: the index i ranges over both axes.
W \in \mathbb{R}^{n \times m}
t = \sum_i W_{ii}
% ~ERROR E0304
