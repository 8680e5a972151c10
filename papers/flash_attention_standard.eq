% FlashAttention, Dao et al. (2022), §2.2 "Standard attention implementation": each step with its
% shape, on one line; softmax is applied row-wise (no scaling in this statement).
\mathbf{Q}, \mathbf{K}, \mathbf{V} \in \mathbb{R}^{N \times d}

\mathbf{S} = \mathbf{Q}\mathbf{K}^\top \in \mathbb{R}^{N \times N}, \quad \mathbf{P} = \mathrm{softmax}(\mathbf{S}) \in \mathbb{R}^{N \times N}, \quad \mathbf{O} = \mathbf{P}\mathbf{V} \in \mathbb{R}^{N \times d},
