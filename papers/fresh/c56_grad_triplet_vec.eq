% Triplet loss (Schroff et al. 2015, Eq. 3) over N triplets, rows of a, p, n; gradient w.r.t. a
a, p, n \in \mathbb{R}^{N \times d}, \alpha = 0.2

L = \sum_{i=1}^{N} \max(\|a_i - p_i\|_2^2 - \|a_i - n_i\|_2^2 + \alpha, 0)
g = \nabla_a L
