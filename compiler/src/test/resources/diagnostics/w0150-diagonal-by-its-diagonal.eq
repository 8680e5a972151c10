% GCN (Kipf & Welling, 2017): the degree matrix written by its diagonal entries.
A \in \mathbb{R}^{n \times n}
D_{ii} = \sum_j A_{ij}
% ~WARNING W0150
