% DeepSeek-V2 (2024), Eqs. 16-18: multi-head latent attention with the decoupled RoPE key; for token t and head i
% the query and key concatenate the compressed (C) and the RoPE (R) parts, the RoPE key k_t^R shared by all
% heads; T tokens, n_h heads, d_h and d_h^R the parts' sizes (prose)
\mathbf{q}^{C}, \mathbf{k}^{C}, \mathbf{v}^{C} \in \mathbb{R}^{T \times n_h \times d_h}, \mathbf{q}^{R} \in \mathbb{R}^{T \times n_h \times d_h^R}, \mathbf{k}^{R} \in \mathbb{R}^{T \times d_h^R}

\mathbf{q}_{t,i} = [\mathbf{q}_{t,i}^{C}; \mathbf{q}_{t,i}^{R}]
\mathbf{k}_{t,i} = [\mathbf{k}_{t,i}^{C}; \mathbf{k}_{t}^{R}]
\mathbf{o}_{t,i} = \sum_{j=1}^{t} \mathrm{Softmax}_j\left(\frac{\mathbf{q}_{t,i}^{T}\mathbf{k}_{j,i}}{\sqrt{d_{h} + d_{h}^{R}}}\right)\mathbf{v}_{j,i}^{C}
