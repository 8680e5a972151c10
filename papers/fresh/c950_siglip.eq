% SigLIP (Zhai et al., 2023), Eq. 1: the pairwise sigmoid loss over a batch of |B| image-text pairs; x_i, y_j the
% normalised image and text embeddings (rows), t the temperature, b the bias, z_ij = 1 for a matching pair and -1
% otherwise (prose)
\mathbf{x}, \mathbf{y} \in \mathbb{R}^{n \times d}, t, b \in \mathbb{R}

z_{ij} = \begin{cases} 1, & \text{if } i = j \\ -1, & \text{otherwise} \end{cases}
\mathcal{L} = -\frac{1}{n} \sum_{i=1}^{n} \sum_{j=1}^{n} \log \frac{1}{1 + e^{z_{ij}(-t \mathbf{x}_i \cdot \mathbf{y}_j + b)}}
