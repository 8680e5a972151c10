% Center loss (Wen et al. 2016): W_j is the j-th column of the d x n matrix W.
x \in \mathbb{R}^{d}, W \in \mathbb{R}^{d \times n}
s_j = W_j^T x
% ~WARNING W0331
