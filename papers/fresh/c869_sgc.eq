% Simplifying graph convolutional networks (SGC), Wu et al. (2019), Eq. 8 with Sec. 2's S (the renormalised
% adjacency of Kipf & Welling); K = 2 propagation steps; softmax over each node's classes (row-wise)
A \in \mathbb{R}^{n \times n}, X \in \mathbb{R}^{n \times d}, \Theta \in \mathbb{R}^{d \times C}, K = 2

\tilde{A} = A + I
\tilde{D}_{ii} = \sum_j \tilde{A}_{ij}
S = \tilde{D}^{-\frac{1}{2}}\tilde{A}\tilde{D}^{-\frac{1}{2}}
\hat{Y}_{SGC} = \mathrm{softmax}\left(S^K X \Theta\right)
