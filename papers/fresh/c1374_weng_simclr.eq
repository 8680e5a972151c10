% Lilian Weng, "Contrastive Representation Learning" (2021), SimCLR's loss of the pair (i, j) as printed there, over
% the 2N projections z (one per row) and the cosine similarity
\mathbf{z} \in \mathbb{R}^{2N \times d}, \tau \in \mathbb{R}

\text{sim}(\mathbf{u}, \mathbf{v}) = \frac{\mathbf{u}^\top \mathbf{v}}{\|\mathbf{u}\| \|\mathbf{v}\|}
\mathcal{L}_\text{SimCLR}^{(i,j)} = - \log\frac{\exp(\text{sim}(\mathbf{z}_i, \mathbf{z}_j) / \tau)}{\sum_{k=1}^{2N} \mathbb{1}_{[k \neq i]} \exp(\text{sim}(\mathbf{z}_i, \mathbf{z}_k) / \tau)}
