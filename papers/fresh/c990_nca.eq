% Neighbourhood components analysis, Goldberger et al. (2005), Eq. 1: the soft neighbour probabilities,
% with p_{ii} = 0 (prose); A the linear map, x_i the n points (rows of x)
x \in \mathbb{R}^{n \times D}, A \in \mathbb{R}^{d \times D}

p_{ij} = \frac{\exp(-\|Ax_i - Ax_j\|^2)}{\sum_{k \neq i} \exp(-\|Ax_i - Ax_k\|^2)}, \quad p_{ii} = 0
