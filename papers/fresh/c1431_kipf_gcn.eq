% Kipf & Welling (2017), Eq. 2 with its definitions in the following sentence (A~ = A + I_N, D~_ii = sum_j A~_ij);
% A the N x N adjacency, H^{(l)} the N x C activations, W^{(l)} the C x F weights; sigma "an activation function,
% such as the ReLU" (prose)
A \in \mathbb{R}^{N \times N}, H^{(l)} \in \mathbb{R}^{N \times C}, W^{(l)} \in \mathbb{R}^{C \times F}

\sigma(x) = \mathrm{ReLU}(x)
\tilde{A} = A + I_N
\tilde{D}_{ii} = \sum_j \tilde{A}_{ij}
H^{(l+1)} = \sigma\left(\tilde{D}^{-\frac{1}{2}}\tilde{A}\tilde{D}^{-\frac{1}{2}}H^{(l)}W^{(l)}\right)
