% Lilian Weng, "Contrastive Representation Learning" (2021), MoCo's InfoNCE as printed there: a query, its positive
% key, and the N keys of the queue (one per row)
\mathbf{q}, \mathbf{k}^+ \in \mathbb{R}^{d}, \mathbf{k} \in \mathbb{R}^{N \times d}, \tau \in \mathbb{R}

\mathcal{L}_\text{MoCo} = - \log \frac{\exp(\mathbf{q} \cdot \mathbf{k}^+ / \tau)}{\sum_{i=1}^N \exp(\mathbf{q} \cdot \mathbf{k}_i / \tau)}
