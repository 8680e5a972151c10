% Cluster-GCN, Chiang et al. (2019), Eqs. 10-11: the normalised adjacency with self-loops and the layer with
% diagonal enhancement lambda; sigma is ReLU in their experiments (prose); N nodes
A \in \mathbb{R}^{N \times N}, X^{(l)} \in \mathbb{R}^{N \times F}, W^{(l)} \in \mathbb{R}^{F \times F'}, \lambda \in \mathbb{R}

D_{ii} = \sum_j A_{ij}
\tilde{A} = (D + I)^{-1}(A + I)
X^{(l+1)} = \mathrm{ReLU}\left((\tilde{A} + \lambda \operatorname{diag}(\tilde{A})) X^{(l)} W^{(l)}\right)
