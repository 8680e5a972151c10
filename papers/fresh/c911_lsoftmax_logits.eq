% Large-margin softmax, Liu et al. (2016), Eq. 1 and below: f_j = W_j^T x_i, the j-th element of the class
% scores, with W_j the j-th column of W (prose); one score per sample i and class j
x \in \mathbb{R}^{N \times d}, W \in \mathbb{R}^{d \times K}

f_{ij} = \boldsymbol{W}_j^T x_i
