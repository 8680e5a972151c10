% Simplifying graph convolutional networks, Wu et al. (2019), Eq. 8 with the normalized adjacency S
% of §3 (S = \tilde{D}^{-1/2}\tilde{A}\tilde{D}^{-1/2}, \tilde{A} = A + I); K = 2 propagation steps, S^K
% the matrix power
\mathbf{X} \in \mathbb{R}^{n \times d}, \mathbf{A} \in \mathbb{R}^{n \times n}, \boldsymbol{\Theta} \in \mathbb{R}^{d \times C}, K = 2

\tilde{\mathbf{A}} = \mathbf{A} + \mathbf{I}
\tilde{\mathbf{D}}_{ii} = \sum_j \tilde{\mathbf{A}}_{ij}
\mathbf{S} = \tilde{\mathbf{D}}^{-\frac{1}{2}}\tilde{\mathbf{A}}\tilde{\mathbf{D}}^{-\frac{1}{2}}
\hat{\mathbf{Y}}_{\mathrm{SGC}} = \mathrm{softmax}\left(\mathbf{S}^K\mathbf{X}\boldsymbol{\Theta}\right)
