% Temperature-scaled cosine similarities of one embedding to n others (SimCLR, Chen et al. 2020, Sec. 2.1:
% "sim(u, v) = u^T v / ||u|| ||v|| denote the dot product between l2 normalized u and v")
\mathbf{u} \in \mathbb{R}^{d}, V \in \mathbb{R}^{n \times d}, \tau \in \mathbb{R}

s_j = \mathrm{sim}(\mathbf{u}, V_j) / \tau, \quad \text{where } \mathrm{sim}(\mathbf{a}, \mathbf{b}) = \mathbf{a}^\top \mathbf{b} / \|\mathbf{a}\| \|\mathbf{b}\|
