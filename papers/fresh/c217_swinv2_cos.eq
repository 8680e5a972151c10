% Swin Transformer V2, Liu et al. (2022), Eq. 2: scaled cosine attention similarity between query
% i and key j; B_{ij} the relative position bias; tau > 0.01 learnable
\mathbf{Q}, \mathbf{K} \in \mathbb{R}^{n \times d}, B \in \mathbb{R}^{n \times n}, \tau \in \mathbb{R}

\mathrm{Sim}(\mathbf{q}_i, \mathbf{k}_j) = \cos(\mathbf{q}_i, \mathbf{k}_j) / \tau + B_{ij}
