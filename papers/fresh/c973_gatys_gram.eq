% Neural style transfer, Gatys, Ecker & Bethge (2016), Eq. 3: the Gram matrix of layer l, F^l the N_l
% feature maps of the layer, each vectorised to M_l entries (prose)
F^l \in \mathbb{R}^{N_l \times M_l}

G^l_{ij} = \sum_k F^l_{ik} F^l_{jk}
