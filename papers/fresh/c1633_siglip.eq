% SigLIP, Zhai et al. (2023), Eq. 1, pasted from the printing; x_i, y_j the normalised image and text embeddings
% (rows of x, y), z_ij the label (1 for a matching pair, -1 otherwise) given as a matrix (prose)
\mathbf{x}, \mathbf{y} \in \mathbb{R}^{|\mathcal{B}| \times d}, z \in \mathbb{R}^{|\mathcal{B}| \times |\mathcal{B}|}, t, b \in \mathbb{R}

-\frac{1}{|\mathcal{B}|} \sum_{i=1}^{|\mathcal{B}|} \sum_{j=1}^{|\mathcal{B}|} \underbrace{\log \frac{1}{1+e^{z_{ij}(-t\mathbf{x}_i \cdot \mathbf{y}_j + b)}}}_{\mathcal{L}_{ij}}
