% Cluster-GCN (Chiang et al. 2019), Eq. 11: diag of the normalised adjacency added to it is its diagonal part
A \in \mathbb{R}^{N \times N}, X \in \mathbb{R}^{N \times F}, W \in \mathbb{R}^{F \times G}, \lambda \in \mathbb{R}

Y = (A + \lambda \operatorname{diag}(A)) X W
% ~WARNING W0405
