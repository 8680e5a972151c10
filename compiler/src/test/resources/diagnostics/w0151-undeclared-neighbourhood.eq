% A neighbourhood sum whose set nothing declares: a membership matrix input is assumed.
h \in \mathbb{R}^{n \times d}
g_i = \sum_{j \in \mathcal{N}_i} h_j
% ~WARNING W0151
% ~WARNING W0101
