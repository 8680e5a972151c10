% Neural style transfer, Gatys, Ecker & Bethge (2016), Eq. 4: the style loss of layer l between the Gram
% matrices G^l (generated image) and A^l (style image), N_l feature maps of size M_l (prose)
G^l, A^l \in \mathbb{R}^{N_l \times N_l}, M_l \in \mathbb{R}

E_l = \frac{1}{4N_l^2 M_l^2} \sum_{i,j} \left(G^l_{ij} - A^l_{ij}\right)^2
