% Decoupled contrastive learning, Yeh et al. (2022), Eq. 6: for sample i of the N in a batch and view k, the
% positive pair is removed from the denominator; z^{(1)}, z^{(2)} the normalised embeddings of the two views (rows)
z^{(1)}, z^{(2)} \in \mathbb{R}^{N \times d}, \tau \in \mathbb{R}

L_{DC,i}^{(k)} = -\langle z_i^{(1)}, z_i^{(2)} \rangle / \tau + \log \sum_{l \in \{1, 2\}, j \in [\![1, N]\!], j \neq i} \exp(\langle z_i^{(k)}, z_j^{(l)} \rangle / \tau)
