% ViT writes its sequence of tokens as a list of rows with a pattern
c \in \mathbb{R}^{D}, x_p \in \mathbb{R}^{N \times K}, E \in \mathbb{R}^{K \times D}
z = [c; x^1_p E; x^2_p E; \cdots; x^N_p E]
% ~WARNING W0414
