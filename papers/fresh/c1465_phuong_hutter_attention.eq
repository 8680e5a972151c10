% Phuong & Hutter, "Formal Algorithms for Transformers" (2022), Algorithm 4 (Attention), lines as printed (from
% memory of the printing; no mask): tokens are the columns of X (primary) and Z (context), 1 the ones vector, and
% softmax normalises each column (their definition: over the first index). Shapes from the algorithm's header.
\mathbf{X} \in \mathbb{R}^{d_x \times \ell_x}, \mathbf{Z} \in \mathbb{R}^{d_z \times \ell_z}, \mathbf{W_q} \in \mathbb{R}^{d_{attn} \times d_x}, \mathbf{b_q} \in \mathbb{R}^{d_{attn}}, \mathbf{W_k} \in \mathbb{R}^{d_{attn} \times d_z}, \mathbf{b_k} \in \mathbb{R}^{d_{attn}}, \mathbf{W_v} \in \mathbb{R}^{d_{out} \times d_z}, \mathbf{b_v} \in \mathbb{R}^{d_{out}}

\mathbf{Q} \leftarrow \mathbf{W_q}\mathbf{X} + \mathbf{b_q}\mathbf{1}^\intercal
\mathbf{K} \leftarrow \mathbf{W_k}\mathbf{Z} + \mathbf{b_k}\mathbf{1}^\intercal
\mathbf{V} \leftarrow \mathbf{W_v}\mathbf{Z} + \mathbf{b_v}\mathbf{1}^\intercal
\mathbf{S} \leftarrow \mathbf{K}^\intercal\mathbf{Q}
\tilde{\mathbf{V}} = \mathbf{V} \cdot \mathrm{softmax}\left(\mathbf{S}/\sqrt{d_{attn}}\right)
