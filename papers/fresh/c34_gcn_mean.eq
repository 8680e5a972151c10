% Mean aggregation / random-walk normalised GCN (e.g. Hamilton et al. 2017 GCN variant; Kipf &
% Welling 2017 §2 alternative D^{-1}A): H' = \sigma(D^{-1} A H W) with D_{ii} = \sum_j A_{ij}
A \in \mathbb{R}^{N \times N}, H \in \mathbb{R}^{N \times F}, W \in \mathbb{R}^{F \times F'}

D_{ii} = \sum_j A_{ij}
H' = \mathrm{ReLU}(D^{-1} A H W)
