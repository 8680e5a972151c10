% Lilian Weng, "Contrastive Representation Learning" (2021), Barlow Twins as printed there (the batch b, the
% embedding dimensions i, j)
\mathbf{z}^A, \mathbf{z}^B \in \mathbb{R}^{N \times D}, \lambda \in \mathbb{R}

\mathcal{L}_\text{BT} = \underbrace{\sum_i (1-\mathcal{C}_{ii})^2}_\text{invariance term} + \lambda \underbrace{\sum_i\sum_{i\neq j} \mathcal{C}_{ij}^2}_\text{redundancy reduction term}
\mathcal{C}_{ij} = \frac{\sum_b \mathbf{z}^A_{b,i} \mathbf{z}^B_{b,j}}{\sqrt{\sum_b (\mathbf{z}^A_{b,i})^2}\sqrt{\sum_b (\mathbf{z}^B_{b,j})^2}}
