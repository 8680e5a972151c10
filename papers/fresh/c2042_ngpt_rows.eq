% nGPT, Loshchilov et al. (ICLR 2025), Eqs. 10-11 (from memory) applied to the T hidden states of a sequence at
% once (rows of h), \boldsymbol{\alpha}_A a per-channel vector of eigen learning rates multiplying element-wise
% (the paper's juxtaposition), Norm normalising each hidden state (each row) to unit norm (prose)
\mathbf{h}, \mathbf{h}_A \in \mathbb{R}^{T \times d}, \boldsymbol{\alpha}_A \in \mathbb{R}^{d}

\mathbf{h} \leftarrow \mathrm{Norm}(\mathbf{h} + \boldsymbol{\alpha}_A (\mathbf{h}_A - \mathbf{h}))
