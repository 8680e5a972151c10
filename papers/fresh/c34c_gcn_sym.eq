% Symmetric GCN propagation with the degree vector: D^{-1/2} A D^{-1/2} X W, D = diag(d)
A \in \mathbb{R}^{N \times N}, X \in \mathbb{R}^{N \times F}, W \in \mathbb{R}^{F \times C}

d_i = \sum_j A_{ij}
D = \mathrm{diag}(d)
Z = D^{-1/2} A D^{-1/2} X W
