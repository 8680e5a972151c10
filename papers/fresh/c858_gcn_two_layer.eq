% Semi-supervised classification with graph convolutional networks, Kipf & Welling (2017), Eq. 9 with the
% renormalised adjacency of Sec. 3.1 (\hat{A} = \tilde{D}^{-1/2}\tilde{A}\tilde{D}^{-1/2}) and Eq. 2's \tilde{A},
% \tilde{D}; the softmax is applied row-wise (prose)
A \in \mathbb{R}^{N \times N}, X \in \mathbb{R}^{N \times C}, W^{(0)} \in \mathbb{R}^{C \times H}, W^{(1)} \in \mathbb{R}^{H \times F}

\tilde{A} = A + I_N
\tilde{D}_{ii} = \sum_j \tilde{A}_{ij}
\hat{A} = \tilde{D}^{-\frac{1}{2}}\tilde{A}\tilde{D}^{-\frac{1}{2}}
Z = f(X, A) = \mathrm{softmax}\left(\hat{A}\ \mathrm{ReLU}\left(\hat{A}XW^{(0)}\right)W^{(1)}\right)
