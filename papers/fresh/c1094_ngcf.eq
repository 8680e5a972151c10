% Neural Graph Collaborative Filtering, Wang et al. (2019), Eq. 8: the matrix form of one propagation layer;
% L the normalised Laplacian of the user-item graph, E the embeddings of its n nodes (prose, sizes as in the paper)
\mathcal{L} \in \mathbb{R}^{n \times n}, \mathbf{E}^{(l-1)} \in \mathbb{R}^{n \times d}, \mathbf{W}_1^{(l)}, \mathbf{W}_2^{(l)} \in \mathbb{R}^{d \times d}

\mathbf{E}^{(l)} = \mathrm{LeakyReLU}\left((\mathcal{L} + \mathbf{I})\mathbf{E}^{(l-1)}\mathbf{W}_1^{(l)} + \mathcal{L}\mathbf{E}^{(l-1)} \odot \mathbf{E}^{(l-1)}\mathbf{W}_2^{(l)}\right)
