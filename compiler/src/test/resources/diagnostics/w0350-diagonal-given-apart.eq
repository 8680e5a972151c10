% NCA, Goldberger et al. (2005), Eq. 1 with its p_{ii} = 0: the diagonal given apart
x \in \mathbb{R}^{n \times n}
p_{ij} = \frac{\exp(x_{ij})}{\sum_{k \neq i} \exp(x_{ik})}, \quad p_{ii} = 0
% ~WARNING W0350
