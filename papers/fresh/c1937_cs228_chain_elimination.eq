% Stanford CS228 notes (Kuleshov & Ermon), "Variable elimination": on a chain, the first elimination step
% tau(x_2) = sum_{x_1} p(x_2 | x_1) p(x_1), from memory; each x_i takes d values (the notes' prose)
p(x_1) \in \mathbb{R}^{d}, p(x_2 | x_1) \in \mathbb{R}^{d \times d}

\tau(x_2) = \sum_{x_1} p(x_2 | x_1) p(x_1)
