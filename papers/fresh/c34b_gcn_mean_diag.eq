% Mean-aggregation GCN with the degree vector and diag(): H' = ReLU(diag(d)^{-1} A H W)
A \in \mathbb{R}^{N \times N}, H \in \mathbb{R}^{N \times F}, W \in \mathbb{R}^{F \times F'}

d_i = \sum_j A_{ij}
H' = \mathrm{ReLU}(\mathrm{diag}(d)^{-1} A H W)
