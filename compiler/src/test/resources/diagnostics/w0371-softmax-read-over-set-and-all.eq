% The weights are read under the neighbourhood sum and over every node: the softmax keeps the whole range.
v \in \mathbb{R}^{n}, e \in \mathbb{R}^{n \times n}, \mathcal{N} \in \{0,1\}^{n \times n}
\alpha_{ij} = \mathrm{softmax}_j(e_{ij})
% ~WARNING W0371
h_i = \sum_{j \in \mathcal{N}_i} \alpha_{ij} v_j
s_i = \sum_j \alpha_{ij} v_j
