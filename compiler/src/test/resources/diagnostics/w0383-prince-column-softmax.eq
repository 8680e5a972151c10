% Prince, Understanding Deep Learning, Eq. 12.5: the softmax is the right factor, normalised over each column
\mathbf{V}, \mathbf{K}, \mathbf{Q} \in \mathbb{R}^{D \times N}
\mathbf{Sa} = \mathbf{V} \cdot \mathbf{Softmax}\Bigl[\mathbf{K}^T \mathbf{Q}\Bigr]
% ~WARNING W0383
