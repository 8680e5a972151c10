% Loshchilov et al. (ICLR 2025), nGPT, Eq. 10, pasted from the printing; Norm = division by the L2 norm (prose)
\mathbf{h}, \mathbf{h}_A, \boldsymbol{\alpha}_A \in \mathbb{R}^{d}

\mathbf{h} \leftarrow \mathrm{Norm}(\mathbf{h} + \boldsymbol{\alpha}_A (\mathbf{h}_A - \mathbf{h}))
