% Zhai et al. (ICCV 2023), SigLIP, Eq. 1, pasted from the printing; x_i, y_j the rows of x, y (normalised
% image/text embeddings, prose); z_{ij} = 1 for matching pairs (i = j), -1 otherwise (prose)
x, y \in \mathbb{R}^{|\mathcal{B}| \times d}, t, b \in \mathbb{R}

z_{ij} = \begin{cases} 1 & i = j \\ -1 & i \neq j \end{cases}
L = -\frac{1}{|\mathcal{B}|} \sum_{i=1}^{|\mathcal{B}|} \sum_{j=1}^{|\mathcal{B}|} \log \frac{1}{1 + e^{z_{ij}(-t \mathbf{x}_i \cdot \mathbf{y}_j + b)}}
