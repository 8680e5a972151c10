% The graph transformer (Dwivedi & Bresson, 2021): the weights are read only under the neighbourhood sum, so the
% softmax runs over the neighbours.
h \in \mathbb{R}^{n \times d}, V \in \mathbb{R}^{d \times d}, e \in \mathbb{R}^{n \times n}, \mathcal{N} \in \{0,1\}^{n \times n}
\hat{h}_i = \sum_{j \in \mathcal{N}_i} w_{ij} V h_j, \quad w_{ij} = \mathrm{softmax}_j(e_{ij})
% ~WARNING W0370
