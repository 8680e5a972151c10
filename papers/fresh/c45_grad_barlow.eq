% Barlow Twins (Zbontar et al., 2021), Eq. 1-2: cross-correlation of two embedding batches
% z^A, z^B of N examples (index b) and D features (indices i, j)
z^A, z^B \in \mathbb{R}^{N \times D}, \lambda \in \mathbb{R}

\mathcal{C}_{ij} = \frac{\sum_b z^A_{b,i} z^B_{b,j}}{\sqrt{\sum_b (z^A_{b,i})^2} \sqrt{\sum_b (z^B_{b,j})^2}}
\mathcal{L}_{BT} = \sum_i (1 - \mathcal{C}_{ii})^2 + \lambda \sum_i \sum_{j \neq i} \mathcal{C}_{ij}^2
g = \nabla_{z^A} \mathcal{L}_{BT}
