% Semi-supervised classification with graph convolutional networks, Kipf & Welling (2017), Eq. 1: the graph
% Laplacian regularisation term; f(X) the outputs of the N nodes, one row each, A the adjacency (prose)
A \in \mathbb{R}^{N \times N}, f(X) \in \mathbb{R}^{N \times F}

\mathcal{L}_{\text{reg}} = \sum_{i,j} A_{ij} \|f(X_i) - f(X_j)\|^2
