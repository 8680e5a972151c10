% Predict then propagate (PPNP), Klicpera, Bojchevski & Guennemann (2019), Eq. 3 with Sec. 2's definitions
% as printed: \tilde{A} = A + I_n, \tilde{D}_{ij} = \sum_k \tilde{A}_{ik}\delta_{ij}; H the n x c predictions
% f_theta(X) (given); the softmax over each node's classes (row-wise)
\mathbf{A} \in \mathbb{R}^{n \times n}, \mathbf{H} \in \mathbb{R}^{n \times c}, \alpha \in \mathbb{R}

\tilde{\mathbf{A}} = \mathbf{A} + \mathbf{I}_n
\tilde{\mathbf{D}}_{ij} = \sum_k \tilde{\mathbf{A}}_{ik}\delta_{ij}
\hat{\tilde{\mathbf{A}}} = \tilde{\mathbf{D}}^{-1/2}\tilde{\mathbf{A}}\tilde{\mathbf{D}}^{-1/2}
\mathbf{Z}_{\text{PPNP}} = \mathrm{softmax}\left(\alpha\left(\mathbf{I}_n - (1 - \alpha)\hat{\tilde{\mathbf{A}}}\right)^{-1}\mathbf{H}\right)
