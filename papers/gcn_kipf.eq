% Semi-supervised classification with graph convolutional networks, Kipf & Welling (2017), Eq. 2
% with \tilde{A} = A + I_N and \tilde{D}_{ii} = \sum_j \tilde{A}_{ij} as the paper defines them;
% \sigma(\cdot) is "an activation function, such as the ReLU" (helper)
A \in \mathbb{R}^{N \times N}, H^{(l)} \in \mathbb{R}^{N \times D}, W^{(l)} \in \mathbb{R}^{D \times F}

\sigma(x) = \mathrm{ReLU}(x)
\tilde{A} = A + I_N
\tilde{D}_{ii} = \sum_j \tilde{A}_{ij}
H^{(l+1)} = \sigma\left(\tilde{D}^{-\frac{1}{2}}\tilde{A}\tilde{D}^{-\frac{1}{2}}H^{(l)}W^{(l)}\right)
