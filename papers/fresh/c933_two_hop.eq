% MixHop (Abu-El-Haija et al., 2019), Eq. 4 for the adjacency powers P = {0, 1, 2}, with the hops written out:
% the two-hop neighbourhood \hat{A}^2 H W_2 beside the one-hop and the node itself
\hat{A} \in \mathbb{R}^{n \times n}, H \in \mathbb{R}^{n \times d}, W_0, W_1, W_2 \in \mathbb{R}^{d \times c}

H' = \mathrm{ReLU}(H W_0) + \mathrm{ReLU}(\hat{A} H W_1) + \mathrm{ReLU}(\hat{A}^2 H W_2)
