% Graph attention scores (Veličković et al., 2018, Eq. 3): a shared attention vector a applied
% to the concatenation of the transformed features of nodes i and j, then LeakyReLU
g \in \mathbb{R}^{N \times F}, a \in \mathbb{R}^{2F}

e_{ij} = \mathrm{LeakyReLU}\Big(\mathbf{a}^\top \Big[ g_i \Vert g_j \Big]\Big)
