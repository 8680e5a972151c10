% CoPE's contextual positions: the limit j of the sum runs over the axis t sums over
g \in \mathbb{R}^{T \times T}
p_{ij} = \sum_{t=j}^{i} g_{it}
% ~WARNING W0415
% ~WARNING W0171
