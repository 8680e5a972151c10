% Graph attention coefficients (Veličković et al., 2018, Eq. 2–3): the softmax over the
% neighbours j of each node i, written with a subscript
e \in \mathbb{R}^{N \times N}

\alpha_{ij} = \mathrm{softmax}_j(e_{ij})
