% Weisfeiler and Leman go neural (GraphConv), Morris et al. (2019), Eq. 2, matrix form with A the adjacency
H \in \mathbb{R}^{n \times d}, A \in \mathbb{R}^{n \times n}, W_1, W_2 \in \mathbb{R}^{d \times e}

H' = \sigma(H W_1 + A H W_2)
