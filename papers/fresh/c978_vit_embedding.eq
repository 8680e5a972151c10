% ViT, Dosovitskiy et al. (2021), Eq. 1: the patch embedding with the class token; x_p^i the flattened
% patches (N of them, P^2 C entries each), E the projection, E_pos the position embedding (prose)
x_{class} \in \mathbb{R}^{D}, x_p \in \mathbb{R}^{N \times (P^2 \cdot C)}, \mathbf{E} \in \mathbb{R}^{(P^2 \cdot C) \times D}, \mathbf{E}_{pos} \in \mathbb{R}^{(N + 1) \times D}

\mathbf{z}_0 = [\mathbf{x}_\text{class}; \, \mathbf{x}^1_p \mathbf{E}; \, \mathbf{x}^2_p \mathbf{E}; \cdots; \, \mathbf{x}^{N}_p \mathbf{E} ] + \mathbf{E}_{pos}
