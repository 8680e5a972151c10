% nGPT: normalized Transformer, Loshchilov et al. (2024), Eqs. 10-11: the normalised residual update of one
% token's hidden state h with the attention output ATTN(h) given and the eigen learning rates alpha_A (vector)
h, \text{ATTN}(h), \alpha_A \in \mathbb{R}^{d}

h_A \leftarrow \text{Norm}(\text{ATTN}(h))
h \leftarrow \text{Norm}(h + \alpha_A (h_A - h))
