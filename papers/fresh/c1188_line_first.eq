% LINE, Tang et al. (2015), Eqs. 1 and 3: first-order proximity over the edges of a graph of n vertices given as the
% weight matrix w (w_{ij} = 0 when there is no edge, prose), u_i the embedding of vertex i (rows)
\vec{u} \in \mathbb{R}^{n \times d}, w \in \mathbb{R}^{n \times n}, E = \{(i, j) : w_{ij} > 0\}

p_1(v_i, v_j) = \frac{1}{1 + \exp(-\vec{u}_i^T \cdot \vec{u}_j)}
O_1 = -\sum_{(i,j) \in E} w_{ij} \log p_1(v_i, v_j)
