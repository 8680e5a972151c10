% Touvron et al. 2021, "DeiT": the class and distillation tokens before the patch embeddings, written as ViT's
% Eq. 1 (x_p^i the flattened patches, E the projection, E_pos the position embedding; prose)
\mathbf{x}_{class}, \mathbf{x}_{distil} \in \mathbb{R}^{D}, \mathbf{x}_p \in \mathbb{R}^{N \times (P^2 \cdot C)}, \mathbf{E} \in \mathbb{R}^{(P^2 \cdot C) \times D}, \mathbf{E}_{pos} \in \mathbb{R}^{(N + 2) \times D}

\mathbf{z}_0 = [\mathbf{x}_\text{class}; \mathbf{x}_\text{distil}; \mathbf{x}^1_p \mathbf{E}; \mathbf{x}^2_p \mathbf{E}; \cdots; \mathbf{x}^{N}_p \mathbf{E}] + \mathbf{E}_{pos}
